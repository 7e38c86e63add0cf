using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// The words of <c>number-context.tsv</c> right before or after a bare number without separators: "Route 9", "call
/// 911", "magnitude 7", "the 3000 block of", "8 o'clock". A name word counts when it is capitalised or no counted noun
/// follows the number: "Engine 47", "the unit 40 soldiers" (a count).
/// </summary>
public sealed class ContextWordRule : IBareNumberRule
{
    private readonly NumberGrammar _grammar;

    public ContextWordRule(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (number.HasSeparator)
        {
            return null;
        }

        var lexicons = _grammar.Lexicons;
        if (number.First > v.First && lexicons.NumberContextBefore.TryMatchEndingAt(v.Text, v.Tokens, number.First, v.First, out var before)
            && (before.Value != MentionKind.Name || v.IsCapitalized(before.Start) || !_grammar.CountedNounFollows(v, number.End)))
        {
            return before.Value;
        }

        return number.End < v.End && lexicons.NumberContextAfter.TryMatchAt(v.Text, v.Tokens, number.End, v.End, out var after) ? after.Value : null;
    }
}
