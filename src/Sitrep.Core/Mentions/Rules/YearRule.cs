using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Years: four digits with no separator in the calendar's range. News writes counts of a thousand or more with a
/// separator, so "1500 people" (a counted noun right after, no date word before) stays a count; "in 2020", "the 2015
/// earthquake", "Somalia's 2011 famine", "November 1970" and the second year of "2023-24" are years.
/// </summary>
public sealed class YearRule : IBareNumberRule
{
    /// <summary>Words that put a number in time when they stand right before it.</summary>
    private static readonly FrozenSet<string> DateWords = new[]
    {
        "in", "since", "from", "by", "until", "till", "to", "of", "the", "'s", "between", "during", "before", "after", "year",
        "early", "late", "mid", "-", "–", "and", "around", "circa", "summer", "winter", "spring", "autumn", "fall", "fiscal",
        "its", "their", "his", "her", "a", "this", "that", "last", "next",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordLookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly NumberGrammar _grammar;

    public YearRule(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (!number.Digits || !number.IsInteger || number.HasSeparator || number.End != number.First + 1)
        {
            return null;
        }

        int i = number.First;
        if (number.Value is >= 1800 and <= 2100 && (InTime(v, i) || !_grammar.CountedNounFollows(v, i + 1)))
        {
            return MentionKind.Year;
        }

        // An older year after a word of time, with nothing counted after it: "George Washington died in 1799", "since 1648".
        if (number.Value is >= 1000 and < 1800 && v.IsAnyWord(i - 1, "in", "since", "during", "until", "year") && !_grammar.CountedNounFollows(v, i + 1))
        {
            return MentionKind.Year;
        }

        // The second year of "2023-24".
        bool secondYear = NumberGrammar.IsJoiningDash(v, i - 1) && NumberGrammar.Glued(v, i - 1) && i - 2 >= v.First && v[i - 2].IsNumber
            && v[i - 2].Length == 4 && v[i].Length == 2;
        return secondYear ? MentionKind.Year : null;
    }

    private static bool InTime(in TokenView v, int i)
    {
        if (i + 1 < v.End && v.IsCapitalized(i + 1))
        {
            return true; // "the 1951 Refugee Convention"
        }

        if (i - 1 < v.First)
        {
            return false;
        }

        return NumberGrammar.IsMonth(v, i - 1) || DateWordLookup.Contains(v.Span(i - 1));
    }
}
