using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures;

/// <summary>
/// The searches the figure readers share: for the measure word of a number along its clause (to the right, to the left,
/// right after its noun phrase), and for an earlier figure it is compared with. Every search is bounded by a window, so
/// a sentence of many numbers ("5 of 5 of 5 …") is read in linear time.
/// </summary>
public static class CueScanner
{
    /// <summary>How far to the right of its noun phrase a number's measure word may stand (twice that across numbers and brackets).</summary>
    public const int RightWindow = 16;

    /// <summary>How far to the left.</summary>
    public const int LeftWindow = 28;

    /// <summary>"One lives in Dayton", "one person with a gun can devastate lives": a plural measure noun counts no single person.</summary>
    private static bool PluralForOne(FigureContext c, PhraseMatch<MeasureCue> cue) =>
        c.Mention.Value == 1 && c.Mention.High is null && NumberGrammar.IsPluralNoun(c.View, cue);

    /// <summary>The predicate right after the counted phrase, over auxiliaries: "were killed", "have fled", "remain hospitalized", "dead".</summary>
    public static Cue? Predicate(FigureContext c, int from)
    {
        var v = c.View;
        for (int j = from, skipped = 0; j < v.End && skipped < 5; j++, skipped++)
        {
            if (c.Marks.MeasureAt(j, out var cue) && !cue.Value.Adjacent && Allowed(cue.Value.Measure, c.Unit, c.IsShare) && !(cue.Value.PeopleOnly && c.IsShare)
                && !PluralForOne(c, cue))
            {
                return IsActiveWithObject(c, cue) ? null : As(c, cue) ?? ToCue(cue, j);
            }

            if (!c.Marks.Has(j, WordRole.Auxiliary))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The last measure word within tokens [<paramref name="start"/>, <paramref name="end"/>): "13 bodies", "30,000 refugees", "seven of the wounded".</summary>
    public static Cue? Within(FigureContext c, int start, int end)
    {
        var v = c.View;
        for (int j = end - 1; j >= start; j--)
        {
            if (c.Lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, end, out var cue) && Allowed(cue.Value.Measure, c.Unit, c.IsShare) && !PluralForOne(c, cue))
            {
                return ToCue(cue, j);
            }
        }

        return null;
    }

    /// <summary>
    /// The first measure word to the right within the clause, stepping over numbers that modify or are coordinated with
    /// this one ("192 soldiers and one civilian had been killed") and over a parenthetical between dashes or brackets.
    /// </summary>
    public static Cue? Right(FigureContext c, int from)
    {
        var v = c.View;
        var mentions = c.Mentions;
        int ceiling = Math.Min(v.End, from + 2 * RightWindow);
        int limit = Math.Min(v.End, from + RightWindow);
        int nextMention = c.Index + 1;
        while (nextMention < mentions.Count && mentions[nextMention].EndToken <= from)
        {
            nextMention++;
        }

        for (int j = from; j < limit; j++)
        {
            if (nextMention < mentions.Count && j >= mentions[nextMention].FirstToken)
            {
                var next = mentions[nextMention];
                bool modifier = c.Marks.Has(next.FirstToken - 1, WordRole.Preposition | WordRole.ListIntroducer);
                if (!next.CanBeFigure || modifier || IsCoordinated(c, mentions[nextMention - 1].EndToken, next.FirstToken))
                {
                    j = next.EndToken - 1;
                    nextMention++;
                    limit = Math.Min(ceiling, Math.Max(limit, j + 8)); // never past twice the window: "5 of 5 of 5 of …"
                    continue;
                }

                return null;
            }

            if (IsClauseEnd(c, j))
            {
                // "— about 12% of the region's population —": step over a parenthetical between dashes or brackets.
                int close = ClosingOf(c, j);
                if (close > j)
                {
                    j = close;
                    while (nextMention < mentions.Count && mentions[nextMention].FirstToken < close)
                    {
                        nextMention++;
                    }

                    limit = Math.Min(ceiling + RightWindow, Math.Max(limit, close + 8));
                    continue;
                }

                return null;
            }

            if (j > from && c.Marks.Has(j, WordRole.Subordinator))
            {
                return null;
            }

            if (v.IsWordAt(j, "and") && j + 1 < v.End && StartsClause(c, j + 1))
            {
                return null;
            }

            if (c.Marks.MeasureAt(j, out var cue))
            {
                if (!cue.Value.Adjacent && Allowed(cue.Value.Measure, c.Unit, c.IsShare) && NamesPeople(c, cue.Value) && !IsActiveWithObject(c, cue)
                    && !PluralForOne(c, cue))
                {
                    return As(c, cue) ?? ToCue(cue, j);
                }

                j = cue.End - 1;
                continue;
            }

            if (j > from && c.Marks.ReportingVerbAt(j) && !c.Marks.Has(j, WordRole.CountingVerb))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The first measure word to the left within the clause; it stops at an earlier figure (which the caller may inherit from), a reporting verb or a word that starts a clause.</summary>
    public static Cue? Left(FigureContext c, int from)
    {
        var v = c.View;
        var mentions = c.Mentions;
        int floor = Math.Max(v.First, from - LeftWindow);
        int previous = c.Index - 1;
        for (int j = from; j >= floor; j--)
        {
            while (previous >= 0 && mentions[previous].FirstToken > j)
            {
                previous--;
            }

            if (previous >= 0 && j < mentions[previous].EndToken && mentions[previous].CanBeFigure)
            {
                return null; // reached an earlier figure: the caller may inherit its measure
            }

            if (v.IsPunct(j, ';') || v.IsPunct(j, ':'))
            {
                return null;
            }

            if (c.Marks.MeasureEndingAt(j + 1, out var cue))
            {
                if (!cue.Value.Adjacent && Allowed(cue.Value.Measure, c.Unit, c.IsShare) && NamesPeople(c, cue.Value))
                {
                    return ToCue(cue, cue.Start);
                }

                j = cue.Start;
                continue;
            }

            if (c.Marks.ReportingVerbEndingAt(j + 1) && !c.Marks.Has(j, WordRole.CountingVerb))
            {
                return null; // "X said 20 …": what precedes the verb is another clause
            }

            if (c.Marks.Has(j, WordRole.Subordinator) && !c.Marks.Has(j, WordRole.Auxiliary))
            {
                return null; // "Her death came weeks after roughly 200 gathered": the number's clause starts here
            }
        }

        return null;
    }

    /// <summary>Only a degree ("seriously", "critically", "totally") or nothing follows, up to the clause's end.</summary>
    public static bool OnlyDegreeFollows(FigureContext c, int k)
    {
        var v = c.View;
        for (int j = k; j < v.End; j++)
        {
            if (v.IsPunct(j, ',') || v.IsPunct(j, '.') || v.IsPunct(j, ';') || v.IsWordAt(j, "and"))
            {
                return !v.IsAnyWord(j + 1, "who", "which", "whose"); // ", who suffered burns, were taken to hospital": a clause of its own
            }

            // "112 of them seriously", "twelve of them were in a serious condition", "six of them in intensive care"
            if (!c.Marks.Has(j, WordRole.Degree))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"…had killed 'dozens'", "forces killed 20 rebels": an active verb with its own object counts someone else.</summary>
    public static bool IsActiveWithObject(FigureContext c, PhraseMatch<MeasureCue> cue)
    {
        if (cue.Value.IsNoun || cue.Value.Intransitive || cue.Value.Measure == Measure.Other)
        {
            return false;
        }

        var v = c.View;
        int k = cue.End;
        if (k >= v.End || c.Marks.Has(cue.End - 1, WordRole.Preposition) || v.IsAnyWord(cue.End - 1, "for", "out"))
        {
            return false; // "moved to the outskirts": what follows a preposition is not the verb's object
        }

        if (v[k].IsNumber || v.IsQuote(k) || c.Marks.Has(k, WordRole.ObjectStart))
        {
            // "killed at least 20" / "killed more than 20": a hedge then a number is an object too.
            return !v.IsWordAt(k, "at") || v.IsWordAt(k + 1, "least");
        }

        return false;
    }

    /// <summary>A number compared with or listed after an earlier figure takes its measure: "up from about 4,850", "including 50 children".</summary>
    public static (int? From, FigureReading? Reading) Inherit(FigureContext c)
    {
        var mentions = c.Mentions;
        var m = c.Mention;
        for (int p = c.Index - 1; p >= 0 && mentions[p].EndToken >= m.FirstToken - 2 * LeftWindow; p--)
        {
            var reading = p < c.Earlier.Count ? c.Earlier[p] : null;
            if (reading is null || reading.Measure == Measure.Other || !mentions[p].CanBeFigure)
            {
                continue;
            }

            if (m.Kind is MentionKind.Count or MentionKind.Share && mentions[p].Kind is MentionKind.Money or MentionKind.Weight)
            {
                return (null, null);
            }

            int gapStart = mentions[p].EndToken, gapEnd = m.FirstToken;
            if (HasClauseBreak(c, gapStart, gapEnd) || HasMeasureWord(c, gapStart, gapEnd, reading.Anchor))
            {
                return (null, null); // "killed three people and forced the relocation of 54,000": another predicate governs it
            }

            return BetweenHas(c, gapStart, gapEnd, WordRole.Comparison) || gapEnd - gapStart <= 3 ? (p, reading) : (null, null);
        }

        return (null, null);
    }

    /// <summary>The count a pronoun part refers back to ("37,000 houses were damaged, 4,100 of them totally"): the nearest earlier figure of the sentence, in the same clause chain.</summary>
    public static (int? From, FigureReading? Reading) Antecedent(FigureContext c)
    {
        for (int p = c.Index - 1; p >= 0 && c.Mentions[p].EndToken >= c.Mention.FirstToken - 2 * LeftWindow; p--)
        {
            var reading = p < c.Earlier.Count ? c.Earlier[p] : null;
            if (reading is null || reading.Measure == Measure.Other || !c.Mentions[p].CanBeFigure)
            {
                continue;
            }

            return HasClauseBreak(c, c.Mentions[p].EndToken, c.Mention.FirstToken) ? (null, null) : (p, reading);
        }

        return (null, null);
    }

    /// <summary>Whether a word with any of <paramref name="role"/> stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool BetweenHas(FigureContext c, int from, int to, WordRole role)
    {
        for (int j = from; j < to; j++)
        {
            if (c.Marks.Has(j, role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> stands in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool BetweenHas(FigureContext c, int from, int to, params ReadOnlySpan<string> words)
    {
        for (int j = from; j < to; j++)
        {
            if (c.View.IsAnyWord(j, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a measure fits the unit: houses are destroyed or damaged; people are not; a share of "the population" is a
    /// base, not a count. "Other" always fits: it stops the search.
    /// </summary>
    public static bool Allowed(Measure measure, string unit, bool share)
    {
        if (measure == Measure.Other)
        {
            return true;
        }

        bool houseMeasure = measure is Measure.HousesDestroyed or Measure.HousesDamaged;
        if (unit == Vocabulary.Houses)
        {
            return houseMeasure;
        }

        if (share && measure == Measure.Population)
        {
            return false;
        }

        return !houseMeasure || unit == Vocabulary.Households;
    }

    /// <summary>"registered as displaced", "counted as missing": a measure word after "as" says what the first one counts.</summary>
    private static Cue? As(FigureContext c, PhraseMatch<MeasureCue> cue) =>
        c.View.IsWordAt(cue.End, "as") && c.Marks.MeasureAt(cue.End + 1, out var what) && what.Value.Measure != Measure.Other
        && Allowed(what.Value.Measure, c.Unit, c.IsShare)
            ? ToCue(what, cue.End + 1)
            : null;

    /// <summary>A word that counts people only ("shot") reaches a number that names them: "shot 14 people", not "shot 14 of 23".</summary>
    public static bool NamesPeople(FigureContext c, MeasureCue cue) =>
        !cue.PeopleOnly || (!c.IsShare && c.Head.Class is NounClass.People or NounClass.Generic or NounClass.Responder);

    public static bool IsCopula(FigureContext c, int k) => c.View.IsAnyWord(k, "is", "was", "are", "were", "be", "been");

    public static Cue ToCue(PhraseMatch<MeasureCue> cue, int token) => new(cue.Value.Measure, token, cue.Value.SubCount, cue.Value.Aspect);

    /// <summary>A measure word other than the earlier figure's own stands between two numbers: another predicate governs the second.</summary>
    private static bool HasMeasureWord(FigureContext c, int from, int to, int earlierAnchor)
    {
        for (int j = from; j < to; j++)
        {
            if (c.Marks.MeasureAt(j, out var cue) && cue.End <= to)
            {
                if (j != earlierAnchor)
                {
                    return true;
                }

                j = cue.End - 1;
            }
        }

        return false;
    }

    private static bool HasClauseBreak(FigureContext c, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (c.View.IsPunct(j, ';') || c.View.IsPunct(j, ':') || c.View.IsPunct(j, '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"192 soldiers and one civilian": the second number shares the first's predicate.</summary>
    private static bool IsCoordinated(FigureContext c, int previousEnd, int nextStart)
    {
        var v = c.View;
        int j = previousEnd;
        // Skip the previous mention's own noun phrase ("Azerbaijani soldiers").
        while (j < nextStart && v[j].IsWord && !v.IsAnyWord(j, "and", "or") && !c.Marks.MeasureAt(j, out _))
        {
            j++;
        }

        if (j < nextStart && v.IsPunct(j, ','))
        {
            j++;
        }

        if (j < nextStart && v.IsAnyWord(j, "and", "or"))
        {
            j++;
        }
        else
        {
            return false;
        }

        // A hedge may stand before the next number: "and nearly 300 others".
        return nextStart - j <= 3;
    }

    private static bool StartsClause(FigureContext c, int k) =>
        c.Marks.Has(k, WordRole.ClauseStarter) || (c.View.IsCapitalized(k) && !c.View[k].IsNumber);

    private static bool IsClauseEnd(FigureContext c, int k) =>
        c.View.IsPunct(k, ';') || c.View.IsPunct(k, ':') || c.View.IsPunct(k, '.') || c.View.IsClauseDash(k) || c.View.IsPunct(k, '(');

    /// <summary>For an opening dash or bracket, the index of its partner within the sentence; else -1.</summary>
    private static int ClosingOf(FigureContext c, int k)
    {
        var v = c.View;
        bool bracket = v.IsPunct(k, '(');
        if (!bracket && !v.IsClauseDash(k))
        {
            return -1;
        }

        for (int j = k + 1; j < Math.Min(v.End, k + 25); j++)
        {
            if (bracket ? v.IsPunct(j, ')') : v.IsClauseDash(j))
            {
                return j;
            }
        }

        return -1;
    }
}
