using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Street numbers: a number followed by capitalised words that end in a street word of <c>number-context.tsv</c>
/// ("126 Social Island Road", "1200 W. Main St."), or after "at" or "on" and before a name no lexicon knows ("at 9780
/// Bissonnet"). "the 4400 block of" is read by <see cref="ContextWordRule"/>.
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

    private static readonly string[] Places = ["at", "on", "near", "outside", "off"];

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (!number.Digits || !number.IsInteger || number.Value < 1)
        {
            return null;
        }

        // "at 9780 Bissonnet", "on 1200 Elm": a place word, the number, then a name no lexicon knows.
        if (!number.HasSeparator && number.Value >= 10 && v.IsAnyWord(number.First - 1, Places) && number.End < v.End && v.IsCapitalized(number.End)
            && !NumberGrammar.IsMonth(v, number.End) && !_grammar.CountedNounFollows(v, number.End) && !_grammar.Lexicons.TryGetNoun(v.Span(number.End), out _))
        {
            return MentionKind.Address;
        }

        int words = 0;
        for (int k = number.End; k < v.End && words <= MaxNameWords; k++)
        {
            if (v.Is(k, "."))
            {
                continue; // "W. Main St."
            }

            if (!v[k].IsWord)
            {
                return null;
            }

            if (words > 0 && _grammar.Lexicons.StreetWords.Contains(v.Word(k)))
            {
                return MentionKind.Address; // "13812 State highway 27" too
            }

            if (!v.IsCapitalized(k))
            {
                return null;
            }

            words++;
        }

        return null;
    }
}
