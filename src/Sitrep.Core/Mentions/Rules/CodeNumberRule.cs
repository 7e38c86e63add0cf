using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Five digits or more with no thousands separator and no counted noun after are a code, not an amount: a zip code, a
/// case or text number ("CRIMES (274637)"). News writes counts that large with separators, or with a noun: "14000
/// people" stays a count. A number with a plus sign glued before it is a dialling code or a name ("+972 Magazine", "call
/// +44"), not a count.
/// </summary>
public sealed class CodeNumberRule : IBareNumberRule
{
    private readonly NumberGrammar _grammar;

    public CodeNumberRule(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (number.Digits && v.Is(number.First, "+") && (number.End >= v.End || !v.Is(number.End, "%")))
        {
            return MentionKind.Name;
        }

        return number.Digits && number.IsInteger && !number.HasSeparator && number.Value >= 10_000 && number.End == number.First + 1
               && !v.IsWordAt(number.End, "of") && !_grammar.CountedNounFollows(v, number.End)
            ? MentionKind.Other
            : null;
    }
}
