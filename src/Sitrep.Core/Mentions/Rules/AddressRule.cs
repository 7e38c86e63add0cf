using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Street numbers: a number followed by capitalised words that end in a street word of <c>number-context.tsv</c>
/// ("126 Social Island Road", "1200 W. Main St.", "4400 block of Elm Street" through "block").
/// </summary>
public sealed class AddressRule : IBareNumberRule
{
    private const int MaxNameWords = 5;

    private readonly NumberGrammar _grammar;

    public AddressRule(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (!number.Digits || !number.IsInteger || number.Value < 1)
        {
            return null;
        }

        int words = 0;
        for (int k = number.End; k < v.End && words <= MaxNameWords; k++)
        {
            if (v.Is(k, "."))
            {
                continue; // "W. Main St."
            }

            if (!v[k].IsWord || !v.IsCapitalized(k))
            {
                return null;
            }

            if (words > 0 && _grammar.Lexicons.StreetWords.Contains(v.Word(k)))
            {
                return MentionKind.Address;
            }

            words++;
        }

        return null;
    }
}
