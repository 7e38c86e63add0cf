using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// Numbers inside names: glued to a word, by a hyphen or not ("Covid-19", "I-95", "typhoon Nock-Ten", "CBS46"); after an
/// acronym ("WFSB 3"); or right after a capitalised word that is no word of ours and does not start the sentence
/// ("Stoxx 50", "West Qurna 1", "Apollo 11", "KSLA News 12"); a number with a possessive ("NewsCenter 7's"). Never
/// with a counted noun or a measure word after ("In Kenya 20 people died", "UN 500 troops", "Storm Leaves 12 Dead"), nor
/// after a word of ours ("Floods Kill 12 In Kenya").
/// </summary>
public sealed class NameRule : IBareNumberRule
{
    /// <summary>Words glued before a number by a hyphen that are not part of a name: "mid-2023", "pre-1990", "top-10".</summary>
    private static readonly string[] Prefixes = ["mid", "pre", "post", "late", "early", "over", "under", "about", "around", "up", "x", "by", "and", "or", "to"];

    private readonly NumberGrammar _grammar;

    public NameRule(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        int i = number.First;
        if (NumberGrammar.IsJoiningDash(v, i - 1) && NumberGrammar.Glued(v, i) && NumberGrammar.Glued(v, i - 1) && i - 2 >= v.First
            && v[i - 2].IsWord && !v.IsAnyWord(i - 2, Prefixes) && !_grammar.Numbers.UnitLookup.ContainsKey(v.Span(i - 2))
            && !_grammar.Numbers.Vague.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(v.Span(i - 2)))
        {
            return MentionKind.Name;
        }

        if (!number.Digits || !number.IsInteger || i - 1 < v.First || !v[i - 1].IsWord)
        {
            return null;
        }

        // "CBS46", "FOX5", "H1N1": digits glued to letters; "NewsCenter 7's": a number does not own things, a name does.
        if (NumberGrammar.Glued(v, i) || (v.IsQuote(number.End) && NumberGrammar.Glued(v, number.End) && v.IsWordAt(number.End + 1, "s")))
        {
            return MentionKind.Name;
        }

        if (number.HasSeparator || number.Value >= 10_000 || v[i].Start - v[i - 1].End != 1 || _grammar.CountedNounFollows(v, number.End))
        {
            return null;
        }

        // "WFSB 3", "FOX 5 Vegas": a station or a code after an acronym.
        if (IsAcronym(v, i - 1))
        {
            return MentionKind.Name;
        }

        return i - 1 > v.First && v.IsCapitalized(i - 1) && !Known(v, i - 1) ? MentionKind.Name : null;
    }

    private static bool IsAcronym(in TokenView v, int k)
    {
        var word = v.Span(k);
        if (word.Length < 2)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word our lexicons know: a month, a weekday, a measure, reporting or hedge word, a counted noun, a demonym, a sentence starter.</summary>
    private bool Known(in TokenView v, int k)
    {
        var lexicons = _grammar.Lexicons;
        var word = v.Span(k);
        return NumberGrammar.IsMonth(v, k) || Mentions.CalendarWords.WeekdayLookup.ContainsKey(word)
            || lexicons.Measures.TryMatchEndingAt(v.Text, v.Tokens, k + 1, v.First, out _)
            || lexicons.Reporting.TryMatchEndingAt(v.Text, v.Tokens, k + 1, v.First, out _)
            || lexicons.Hedges.TryMatchEndingAt(v.Text, v.Tokens, k + 1, v.First, out _)
            || lexicons.TryGetNoun(word, out _) || lexicons.Countries.IsDemonym(word)
            || lexicons.SentenceStarters.Contains(v.Word(k)) || _grammar.Numbers.StarterLookup.Contains(word);
    }
}
