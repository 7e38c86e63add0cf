using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// What the number parsers share: the lexicons, and the words that may follow a value — a percent sign, a currency
/// ("5 million euros"), tonnes, a unit ("five hours", "22 miles", "7.8 magnitude"), a hyphenated unit ("nine-month",
/// "5-year-old") — and the tests the rules ask (is a counted noun next, is this a month).
/// </summary>
public sealed class NumberGrammar
{
    public NumberGrammar(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        Lexicons = lexicons;
    }

    public LexiconSet Lexicons { get; }

    public NumberLexicon Numbers => Lexicons.Numbers;

    /// <summary>A hyphen or en dash that can join the parts of a number or a range; an em dash separates clauses.</summary>
    public static bool IsJoiningDash(in TokenView v, int k) =>
        k >= v.First && k < v.End && v[k].Kind == TokenKind.Symbol && v.Text[v[k].Start] is '-' or '–' or '‑';

    /// <summary>A token glued to the one before it ("$11.5-million", "5bn").</summary>
    public static bool Glued(in TokenView v, int k) => k < v.End && !v[k].SpaceBefore;

    /// <summary>
    /// Reads the words after a value that give it a kind: a percent, a currency, tonnes or a unit. Null when none
    /// follows, so the number is bare. <paramref name="end"/> is the token after the value.
    /// </summary>
    public Mention? ReadTail(in TokenView v, int first, int end, double value, bool spelled)
    {
        // "nine-month blockade", "24-hour", "5-year-old", "7.8-magnitude"
        if (IsJoiningDash(v, end) && Glued(v, end) && Glued(v, end + 1) && end + 1 < v.End && v[end + 1].IsWord
            && CompoundUnit(v, end + 1, out int compoundEnd) is { } compound)
        {
            return Mention.Of(v, first, compoundEnd, value, compound, spelled: spelled);
        }

        // Percentages; "80 pct of the cattle" counts what follows "of".
        if (v.Is(end, "%") || v.IsAnyWord(end, "percent", "pct"))
        {
            return Mention.Of(v, first, end + 1, value, MentionKind.Share) with { Spelled = spelled, TakesOf = v.IsWordAt(end + 1, "of") };
        }

        if (v.IsWordAt(end, "per") && v.IsWordAt(end + 1, "cent"))
        {
            return Mention.Of(v, first, end + 2, value, MentionKind.Share) with { Spelled = spelled, TakesOf = v.IsWordAt(end + 2, "of") };
        }

        // "5 million euros", "800 mln dlrs", "19 cents"
        if (end < v.End && Lexicons.CurrencySuffixes.TryMatchAt(v.Text, v.Tokens, end, v.End, out var currency))
        {
            return Mention.Of(v, first, currency.End, value * currency.Value.Factor, MentionKind.Money) with
            {
                Spelled = spelled, Currency = currency.Value.Code,
            };
        }

        if (TonnesAt(v, end) is int afterTonnes)
        {
            return Mention.Of(v, first, afterTonnes, value, MentionKind.Weight, spelled: spelled);
        }

        // "five hours", "22 miles", "8 p.m.", "170 kilometres per hour"
        if (end < v.End && Lexicons.Units.TryMatchAt(v.Text, v.Tokens, end, v.End, out var unit))
        {
            return Mention.Of(v, first, unit.End, value, unit.Value, spelled: spelled);
        }

        return null;
    }

    /// <summary>The unit of a hyphenated compound starting at word <paramref name="wordIndex"/>: "month" of "nine-month", "year-old" of "5-year-old".</summary>
    public MentionKind? CompoundUnit(in TokenView v, int wordIndex, out int end)
    {
        end = wordIndex + 1;
        if (Lexicons.Units.TryMatchAt(v.Text, v.Tokens, wordIndex, v.End, out var unit))
        {
            end = unit.End;
            // 5-year-old
            if (IsJoiningDash(v, unit.End) && v.IsWordAt(unit.End + 1, "old"))
            {
                end = unit.End + 2;
                return MentionKind.Age;
            }

            return unit.Value;
        }

        return v.IsAnyWord(wordIndex, "magnitude", "storey", "story") ? MentionKind.Measurement : null;
    }

    /// <summary>"tonnes", "tons", "metric tons", "mt": the token after them, else null.</summary>
    public static int? TonnesAt(in TokenView v, int k)
    {
        if (v.IsWordAt(k, "metric") && v.IsAnyWord(k + 1, "tons", "tonnes", "ton", "tonne"))
        {
            return k + 2;
        }

        return v.IsAnyWord(k, "tonnes", "tons", "tonne", "ton", "mt") ? k + 1 : null;
    }

    /// <summary>A counted noun (people, households, houses, a demonym) or a measure word within the next three words: "2000 more people", "1900 Syrian refugees".</summary>
    public bool CountedNounFollows(in TokenView v, int k)
    {
        for (int j = k; j < Math.Min(k + 3, v.End) && v[j].IsWord; j++)
        {
            if (Lexicons.TryGetNoun(v.Span(j), out var cls) && cls is NounClass.People or NounClass.Generic or NounClass.Responder or NounClass.Households or NounClass.Houses)
            {
                return true;
            }

            if (Lexicons.Countries.IsDemonym(v.Span(j))
                || (Lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, v.End, out var cue) && cue.Value.Measure != Measure.Other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a casualty word governs the phrase of tokens [<paramref name="first"/>, <paramref name="end"/>): a verb
    /// right before it ("shot and killed his brother") or a predicate after it over auxiliaries, an age and persons
    /// joined by "and" ("a man was shot", "the boy and his brother were wounded", "Daniel, 5, was shot"). The person
    /// parsers ask it, so that a person who is no casualty ("a man was arrested") does not hide an age or a name.
    /// </summary>
    public bool CasualtyGoverns(in TokenView v, int first, int end)
    {
        if (first > v.First && Lexicons.Measures.TryMatchEndingAt(v.Text, v.Tokens, first, v.First, out var verb)
            && !verb.Value.IsNoun && !verb.Value.Intransitive && IsCasualty(verb.Value.Measure))
        {
            return true;
        }

        return PredicateAfter(Lexicons, v, end) is int k && Lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out var cue) && IsCasualty(cue.Value.Measure)
               && !IsPluralNoun(v, cue);
    }

    /// <summary>
    /// The first measure word after a person's phrase that ends at <paramref name="end"/>, over auxiliaries and adverbs
    /// ("was later pronounced", "was seriously injured", "were both shot"), an apposition ("the victim, 53-year-old Ann
    /// Lee, died") and the other persons of a list ("a boy and a 20-year-old man were shot", "Ronald Ames, 33, and Kay
    /// Hill, 28, were killed"); null when another word comes first.
    /// </summary>
    public static int? PredicateAfter(LexiconSet lexicons, in TokenView v, int end)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        bool joined = v.Is(end, ",");
        int k = joined ? end + 1 : end;
        for (int skipped = 0; k < v.End && skipped < 20; k++, skipped++)
        {
            if (v[k].IsWord && lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out _))
            {
                return k;
            }

            if (AgeCompoundEnd(v, k) is int afterAge)
            {
                k = afterAge - 1; // "and 20-year-old man"
                continue;
            }

            bool and = v.IsWordAt(k, "and") || v.Is(k, ",");
            joined |= and;
            var roles = lexicons.Grammar.RolesOf(v.Span(k));
            bool skippable = and || (roles & (WordRole.Auxiliary | WordRole.Determiner)) != 0 || IsAdverb(v, k) || v.IsAnyWord(k, "both", "all")
                             || (v[k].IsWord && lexicons.IsPersonNoun(v.Span(k)))
                             || (joined && v[k].IsWord && v.IsCapitalized(k)) // a name in the list
                             || (joined && v[k].IsNumber && v.Is(k - 1, ",") && v.Is(k + 1, ",")); // its age: ", 28,"
            if (!skippable && joined && IsListedCount(lexicons, v, k))
            {
                k++; // "a girl, two women and a man": the count and its noun
                continue;
            }

            if (!skippable)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A one-word measure noun in the plural ("lives", "deaths"): it cannot count one person, so after "one" or "a woman who"
    /// it is another word ("one lives in Charleston", "a woman who lives across the street").
    /// </summary>
    public static bool IsPluralNoun(in TokenView v, PhraseMatch<MeasureCue> cue) =>
        cue.Value.IsNoun && cue.Length == 1 && v.Span(cue.Start) is { Length: > 3 } word && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S');

    /// <summary>A count of people in a list of persons: "two" (or "2") right before a people noun ("two women").</summary>
    private static bool IsListedCount(LexiconSet lexicons, in TokenView v, int k) =>
        (v[k].IsNumber || (v[k].IsWord && lexicons.Numbers.StarterLookup.Contains(v.Span(k))))
        && k + 1 < v.End && v[k + 1].IsWord && lexicons.TryGetNoun(v.Span(k + 1), out var noun) && noun is NounClass.People or NounClass.Generic;

    /// <summary>"17-year-old", "13-month-old": the token after the compound that starts at <paramref name="k"/>, or null.</summary>
    public static int? AgeCompoundEnd(in TokenView v, int k) =>
        k >= v.First && k < v.End && (v[k].IsNumber || v[k].IsWord) && IsJoiningDash(v, k + 1) && v.IsAnyWord(k + 2, "year", "month", "week")
        && IsJoiningDash(v, k + 3) && v.IsWordAt(k + 4, "old")
            ? k + 5
            : null;

    /// <summary>A lower-case adverb in -ly ("seriously", "later" is an auxiliary's word): "was seriously injured".</summary>
    internal static bool IsAdverb(in TokenView v, int k) =>
        v[k].IsWord && !v.IsCapitalized(k) && v.Span(k) is { Length: > 4 } word && word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsCasualty(Measure measure) => measure is Measure.Killed or Measure.Injured or Measure.Hospitalized;

    /// <summary>A capitalised month name ("September", "Sept").</summary>
    public static bool IsMonth(in TokenView v, int k) =>
        k >= v.First && k < v.End && v[k].IsWord && v.IsCapitalized(k) && CalendarWords.MonthLookup.ContainsKey(v.Span(k));
}
