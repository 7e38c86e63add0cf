using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// Reads what a number counts from the grammar around it: its hedge ("at least"), its head noun
/// ("192 Azerbaijani soldiers"), the predicate that counts it ("were killed", "have fled", "remain
/// hospitalized"), a verb it is the object of ("injured more than 200 people"), the noun phrase it
/// completes ("the number of deaths … had risen to 125"), or a figure it is compared with
/// ("up from about 4,850"). Measure words come from the lexicons, so new phrasings need no code.
/// </summary>
public sealed class FigureGrammar
{
    private const int RightWindow = 16;
    private const int LeftWindow = 28;

    private static readonly string[] Auxiliaries =
    [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would", "may", "might",
        "could", "can", "must", "should", "remain", "remained", "remains", "still", "also", "already", "reportedly",
        "now", "believed", "feared", "thought", "said", "reported", "confirmed", "known", "all", "later", "since",
        "either", "presumed", "apparently", "officially", "not", "yet", "then", "initially", "subsequently", "eventually",
        "so", "far", "in", "total", "altogether", "more", "others", "other", "as", "well", "further", "estimated", "who",
        "had", "were", "got", "get", "getting", "are", "currently", "temporarily", "newly", "reported", "stay", "stayed",
        "staying", "listed", "counted", "left",
    ];

    private static readonly string[] LeftPreferring =
    [
        "was", "is", "were", "are", "at", "to", "reached", "reach", "reaches", "hit", "hits", "topped", "tops", "passed",
        "exceeded", "exceeds", "totalled", "totaled", "totals", "numbered", "numbers", "stood", "stands", "rose",
        "risen", "climbed", "jumped", "increased", "grew", "surged", "soared", "by", "for", "of", "put", "puts", "be",
        "been", "stands", "reaching", "bringing", "brought", "bring", "raising", "raised", "pushing", "pushed", "passes",
    ];

    private static readonly string[] Subordinators =
    [
        "as", "after", "while", "because", "when", "but", "although", "though", "whereas", "before", "until",
        "amid", "despite", "where", "if", "unless", "whether", "so",
    ];

    private static readonly string[] Determiners = ["the", "its", "their", "his", "her", "these", "those", "our", "a", "an", "them"];

    private static readonly string[] PartitivePronouns = ["them", "those", "whom", "these", "which"];

    private static readonly string[] HeadStops =
    [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would", "may", "could", "remain",
        "remained", "still", "also", "already", "reportedly", "who", "that", "which", "and", "or", "but", "in", "on",
        "at", "from", "to", "of", "by", "with", "for", "as", "since", "after", "during", "into", "across", "than",
        "including", "among", "whom", "whose", "per", "a", "an", "the", "each", "every", "this", "these", "those",
        "more", "less", "fewer", "than", "about", "around", "near", "under", "over", "out", "up", "down", "off", "s",
        "while", "when", "because", "although", "though", "whereas", "if", "unless", "until", "amid", "despite", "where",
        "so", "yet", "nor", "not", "today", "yesterday", "now", "then", "there", "here", "each", "apiece",
    ];

    private static readonly string[] Prepositions = ["in", "at", "into", "across", "from", "to", "of", "by", "with", "on", "near", "inside", "within", "among"];

    private static readonly string[] Comparisons =
    [
        "from", "up", "down", "than", "compared", "revised", "previous", "previously", "earlier", "versus", "against",
        "to", "or", "and", "including", "whom", "among", "them", "initially", "initial", "first", "nearly", "about",
    ];

    private static readonly string[] ListIntroducers = ["including", "includes", "include", "included", "among"];

    private static readonly string[] Anaphora = ["figure", "number", "total", "tally", "count", "toll", "estimate"];

    private static readonly string[] CountingVerbs = ["counted", "recorded", "registered", "tallied", "logged", "put", "given", "gave", "estimated"];

    private readonly LexiconSet _lexicons;

    public FigureGrammar(LexiconSet lexicons)
    {
        _lexicons = lexicons;
    }

    /// <summary>Reads mention <paramref name="index"/> of a sentence.</summary>
    /// <param name="earlier">The readings of the sentence's mentions before this one.</param>
    /// <param name="previousSentence">The last counted figure of the sentence before, for "The figure rose from 46,000".</param>
    public FigureReading Read(TokenView v, IReadOnlyList<Mention> mentions, int index, IReadOnlyList<FigureReading?> earlier, FigureReading? previousSentence = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(earlier);
        var m = mentions[index];
        var (qualifier, hedgeStart) = Hedge(v, m);
        var flags = FigureFlags.None;
        if (m.Vague)
        {
            flags |= FigureFlags.Vague;
        }

        if (m.IsRange)
        {
            flags |= FigureFlags.Range;
        }

        if (m.Kind == MentionKind.Share)
        {
            flags |= FigureFlags.Share;
        }

        string? evt = Event(v, m.EndToken, m.FirstToken);
        switch (m.Kind)
        {
            case MentionKind.Money:
                bool aidMoney = AidNear(v, m);
                return new FigureReading(aidMoney ? Measure.AidMoney : Measure.Other, m.Currency ?? "USD", qualifier, null,
                    aidMoney ? "aid" : evt, flags, m.FirstToken, null);
            case MentionKind.Weight:
                bool aidGoods = AidNear(v, m);
                return new FigureReading(aidGoods ? Measure.AidGoods : Measure.Other, Vocabulary.Tonnes, qualifier, GoodsAfter(v, m.EndToken),
                    aidGoods ? "aid" : evt, flags, m.FirstToken, null);
            case MentionKind.Count:
            case MentionKind.Share:
                break;
            default:
                return Other(m, qualifier, flags);
        }

        // "five members of one family", "residents of 12 villages": a number inside a modifier counts nothing.
        int before = Math.Min(hedgeStart, m.FirstToken) - 1;
        if (m.Kind == MentionKind.Count && before - 1 >= v.First && v.IsWordAt(before, "of") && v[before - 1].IsWord
            && _lexicons.Nouns.TryGetValue(v.Lower(before - 1), out var ownerClass) && ownerClass is NounClass.People or NounClass.Generic)
        {
            // "the bodies of seven others": the owner noun counts them; "members of one family": it does not.
            if (_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, before - 1, v.End, out var owner) && owner.Value.IsNoun && owner.Value.Measure != Measure.Other)
            {
                flags |= owner.Value.SubCount ? FigureFlags.SubCount : FigureFlags.None;
                return new FigureReading(owner.Value.Measure, Vocabulary.People, qualifier, null, evt, flags, before - 1, null, owner.Value.Aspect);
            }

            return Other(m, qualifier, flags);
        }

        var head = ReadHead(v, m);
        var partitive = ReadPartitive(v, m);
        bool share = m.Kind == MentionKind.Share;
        string unit = share ? Vocabulary.Percent
            : head.Class == NounClass.Households ? Vocabulary.Households
            : head.Class == NounClass.Houses ? Vocabulary.Houses
            : head.End > head.Start && !head.IsElliptical ? Vocabulary.People
            : EllipticalUnit(v, mentions, index, earlier) ?? Vocabulary.People;
        if ((head.Class is NounClass.Thing or NounClass.Tonnes && m.Kind == MentionKind.Count) || (share && head.Class == NounClass.Thing))
        {
            return Other(m, qualifier, flags);
        }

        Cue? cue;
        if (partitive.Kind == PartitiveKind.Pronoun)
        {
            // "scores of them remain in grave condition": a part of a group named before; only its own predicate counts.
            cue = RightScan(v, mentions, index, partitive.End, unit, share);
            // "registration had been completed for 20,800 of them": an object takes the measure before it.
            int beforePartitive = Math.Min(hedgeStart, m.FirstToken) - 1;
            if (cue is null && beforePartitive >= v.First && v.IsAnyWord(beforePartitive, LeftPreferring))
            {
                cue = LeftScan(v, mentions, index, beforePartitive, unit, share);
            }

            // "More than 600 people were injured, 112 of them seriously": a firm part of the count before.
            var (wholeFrom, wholeReading) = Inherit(v, mentions, index, earlier);
            if (wholeReading is null && previousSentence is not null && m.FirstToken - v.First <= 1)
            {
                (wholeFrom, wholeReading) = (null, previousSentence); // "Twelve of them were in a serious condition." after the count
            }

            if (cue is null && !m.Vague && OnlyDegreeFollows(v, partitive.End) && wholeReading is { } whole)
            {
                int? from = wholeFrom;
                var partMeasure = whole.Measure;
                if (partMeasure == Measure.HousesDamaged && v.IsAnyWord(partitive.End, "totally", "completely", "entirely", "fully"))
                {
                    partMeasure = Measure.HousesDestroyed; // "37,000 houses were damaged, 4,100 of them totally"
                }

                return new FigureReading(partMeasure, whole.Unit, qualifier, null, whole.Event, flags | FigureFlags.SubCount, whole.Anchor, from, whole.Aspect);
            }

            flags |= FigureFlags.SubCount;
        }
        else if (partitive.Kind == PartitiveKind.Base && !share)
        {
            // "Seven of the wounded were taken to hospital": the predicate, else the group it is part of.
            cue = RightScan(v, mentions, index, partitive.End, unit, share) ?? CueWithin(v, partitive.BaseStart, partitive.End, unit, share);
            flags |= FigureFlags.SubCount;
        }
        else
        {
            cue = FindCue(v, mentions, index, head, unit, hedgeStart, share);
        }

        Measure measure = cue?.Measure ?? Measure.Other;
        string? aspect = cue?.Aspect;
        int anchor = cue?.Token ?? m.FirstToken;
        int? inherited = null;
        bool listed = before >= v.First && (v.IsAnyWord(before, ListIntroducers) || v.IsWordAt(before, "them") || v.IsWordAt(before, "whom"));
        if ((cue is null && partitive.Kind == PartitiveKind.None) || (listed && cue?.Measure != Measure.Other))
        {
            var (from, reading) = Inherit(v, mentions, index, earlier);
            if (reading is not null)
            {
                measure = reading.Measure;
                aspect = reading.Aspect;
                inherited = from;
                anchor = reading.Anchor;
                if (reading.Unit is Vocabulary.Households or Vocabulary.Houses && head.End == head.Start)
                {
                    unit = reading.Unit;
                }

                if (listed || BetweenHas(v, mentions[from!.Value].EndToken, m.FirstToken, ListIntroducers))
                {
                    flags |= FigureFlags.SubCount;
                }
            }
            else if (cue is null && previousSentence is not null && m.Kind == MentionKind.Count && RefersBack(v, m, before, head))
            {
                measure = previousSentence.Measure;
                aspect = previousSentence.Aspect;
                unit = share ? unit : previousSentence.Unit;
            }
        }

        if (cue?.SubCount == true || head.IsBodies || (v.IsWordAt(m.EndToken, "of") && v.IsAnyWord(m.EndToken + 1, PartitivePronouns)))
        {
            flags |= FigureFlags.SubCount;
        }

        // "Ten children were among the dead", "Among the dead were four Britons", "the dead included three police
        // officers": a part named against its whole.
        if (measure != Measure.Other && cue is { } partOf
            && ((partOf.Token > m.EndToken && BetweenHas(v, m.EndToken, partOf.Token, ["among", "amongst"]))
                || (partOf.Token < m.FirstToken && (listed || BetweenHas(v, Math.Max(v.First, partOf.Token - 2), partOf.Token, ["among", "amongst"])))))
        {
            flags |= FigureFlags.SubCount;
        }

        string? subject = head.Class == NounClass.People && head.Start < head.End && !share ? v.Slice(head.Start, head.End)
            : partitive.Kind == PartitiveKind.Base && !share ? GroupOf(v, partitive) : null;
        if (cue is not null)
        {
            evt = Event(v, cue.Value.Token, m.FirstToken) ?? evt;
        }

        return new FigureReading(measure, unit, qualifier, subject, evt, flags, anchor, inherited, aspect);
    }

    private static FigureReading Other(Mention m, Qualifier qualifier, FigureFlags flags) =>
        new(Measure.Other, m.Kind == MentionKind.Share ? Vocabulary.Percent : Vocabulary.People, qualifier, null, null, flags, m.FirstToken, null);

    private (Qualifier Qualifier, int Start) Hedge(TokenView v, Mention m)
    {
        if (_lexicons.Hedges.TryMatchEndingAt(v.Text, v.Tokens, m.FirstToken, v.First, out var before) && !before.Value.After)
        {
            return (before.Value.Qualifier, before.Start);
        }

        if (m.EndToken < v.End && _lexicons.Hedges.TryMatchAt(v.Text, v.Tokens, m.EndToken, v.End, out var after) && after.Value.After)
        {
            return (after.Value.Qualifier, m.FirstToken);
        }

        return (m.ImpliedQualifier, m.FirstToken);
    }

    /// <summary>The counted noun after the number: "192 Azerbaijani soldiers", "thousands of ethnic Armenians", "13 bodies".</summary>
    private Head ReadHead(TokenView v, Mention m)
    {
        int k = m.EndToken;
        if (m.TakesOf && v.IsWordAt(k, "of"))
        {
            k++;
            while (k < v.End && v.IsAnyWord(k, Determiners))
            {
                k++;
            }
        }

        int start = k;
        var found = new Head(start, start, NounClass.Unknown, false, false, false);
        int unknownEnd = -1;
        for (int j = k; j < Math.Min(v.End, k + 5); j++)
        {
            if (v.IsDash(j) && !v[j].SpaceBefore && j + 1 < v.End && v[j + 1].IsWord && !v[j + 1].SpaceBefore)
            {
                continue; // "Nagorno-Karabakh", "long-term"
            }

            if (!v[j].IsWord || v.IsAnyWord(j, HeadStops))
            {
                break;
            }

            string w = v.Lower(j);
            if (_lexicons.Nouns.TryGetValue(w, out var cls))
            {
                bool elliptical = w is "others" or "more";
                found = new Head(start, j + 1, cls, false, w is "bodies" or "body" or "corpses", elliptical);
                // "refugee families", "civilian casualties": a following noun is the real head.
                if (j + 1 < v.End && v[j + 1].IsWord && _lexicons.Nouns.TryGetValue(v.Lower(j + 1), out var next) && next != NounClass.Generic)
                {
                    continue;
                }

                return found;
            }

            if (_lexicons.Countries.IsDemonym(v.Span(j)) && v.IsCapitalized(j))
            {
                found = new Head(start, j + 1, NounClass.People, true, false, false);
                if (!(j + 1 < v.End && v[j + 1].IsWord && _lexicons.Nouns.ContainsKey(v.Lower(j + 1))))
                {
                    return found;
                }

                continue;
            }

            if (_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, v.End, out var cueWord) && !v.IsCapitalized(j))
            {
                // "30 collapsed buildings", "1,200 evacuation centres": a measure word before a noun modifies it.
                int after = cueWord.End;
                if (after < v.End && v[after].IsWord && _lexicons.Nouns.ContainsKey(v.Lower(after)))
                {
                    j = after - 1;
                    continue;
                }

                break; // a predicate: "20 died", "300 injured" is read as a cue, not a noun
            }

            if (!v.IsCapitalized(j) && LooksPlural(v.Lower(j)))
            {
                unknownEnd = j + 1; // an unknown plural noun ("licensed firearms"): a count of something we do not know
            }
        }

        if (found.End > found.Start)
        {
            return found;
        }

        return unknownEnd > 0 ? new Head(start, unknownEnd, NounClass.Unknown, false, false, false) : found;
    }

    private static bool LooksPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
        && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal);

    private static Partitive ReadPartitive(TokenView v, Mention m)
    {
        if (m.TakesOf && m.Kind == MentionKind.Share)
        {
            return new Partitive(PartitiveKind.None, 0, 0);
        }

        int k = m.EndToken;
        if (!v.IsWordAt(k, "of"))
        {
            return new Partitive(PartitiveKind.None, 0, 0);
        }

        if (v.IsAnyWord(k + 1, PartitivePronouns))
        {
            return new Partitive(PartitiveKind.Pronoun, k + 1, k + 2);
        }

        if (v.IsAnyWord(k + 1, "the", "those", "these", "its", "their", "his", "her", "our"))
        {
            int end = k + 2;
            while (end < v.End && end < k + 5 && v[end].IsWord && !v.IsAnyWord(end, HeadStops))
            {
                end++;
            }

            return new Partitive(PartitiveKind.Base, k + 2, end);
        }

        return new Partitive(PartitiveKind.None, 0, 0);
    }

    /// <summary>The group a partitive takes its part from, when it names people: "two of its nationals" -> "nationals".</summary>
    private string? GroupOf(TokenView v, Partitive partitive)
    {
        for (int j = partitive.End - 1; j >= partitive.BaseStart; j--)
        {
            if (v[j].IsWord && ((_lexicons.Nouns.TryGetValue(v.Lower(j), out var cls) && cls == NounClass.People)
                                || (v.IsCapitalized(j) && _lexicons.Countries.IsDemonym(v.Span(j)))))
            {
                int start = j;
                while (start > partitive.BaseStart && v[start - 1].IsWord && !v[start - 1].IsNumber
                       && (_lexicons.Nouns.ContainsKey(v.Lower(start - 1)) || v.IsCapitalized(start - 1)))
                {
                    start--;
                }

                return v.Slice(start, j + 1);
            }
        }

        return null;
    }

    private Cue? FindCue(TokenView v, IReadOnlyList<Mention> mentions, int index, Head head, string unit, int hedgeStart, bool share)
    {
        var m = mentions[index];
        int before = Math.Min(hedgeStart, m.FirstToken) - 1;

        // 1. The number is the object of a measure verb: "killed at least 68", "injured more than 200 people".
        if (before >= v.First && _lexicons.Measures.TryMatchEndingAt(v.Text, v.Tokens, before + 1, v.First, out var objectOf)
            && (objectOf.Value.Adjacent || (!objectOf.Value.IsNoun && !objectOf.Value.Intransitive)) && Allowed(objectOf.Value.Measure, unit, share) && !IsCopula(v, before))
        {
            return new Cue(objectOf.Value.Measure, objectOf.Start, objectOf.Value.SubCount, objectOf.Value.Aspect);
        }

        int afterHead = Math.Max(head.End, m.EndToken);

        // 2. The predicate right after the counted phrase: "were killed", "have fled", "remain hospitalized", "dead".
        var predicate = Predicate(v, afterHead, unit, share);
        if (predicate is not null)
        {
            return predicate;
        }

        // A noun we do not know ("licensed firearms", "calls") is not counted by far-away words.
        if (head.Class == NounClass.Unknown && head.End > head.Start)
        {
            return null;
        }

        // 3. The head noun itself counts: "20 deaths", "13 bodies", "30,000 refugees".
        var headCue = CueWithin(v, head.Start, head.End, unit, share);
        if (headCue is not null)
        {
            return headCue;
        }

        bool leftFirst = before >= v.First && v.IsAnyWord(before, LeftPreferring);
        return leftFirst
            ? LeftScan(v, mentions, index, before, unit, share) ?? RightScan(v, mentions, index, afterHead, unit, share)
            : RightScan(v, mentions, index, afterHead, unit, share) ?? LeftScan(v, mentions, index, before, unit, share);
    }

    private Cue? CueWithin(TokenView v, int start, int end, string unit, bool share)
    {
        for (int j = end - 1; j >= start; j--)
        {
            if (_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, end, out var cue) && Allowed(cue.Value.Measure, unit, share))
            {
                return new Cue(cue.Value.Measure, j, cue.Value.SubCount, cue.Value.Aspect);
            }
        }

        return null;
    }

    private Cue? Predicate(TokenView v, int from, string unit, bool share)
    {
        int j = from;
        int skipped = 0;
        while (j < v.End && skipped < 5)
        {
            if (_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, v.End, out var cue) && !cue.Value.Adjacent && Allowed(cue.Value.Measure, unit, share))
            {
                return IsActiveWithObject(v, cue) ? null : new Cue(cue.Value.Measure, j, cue.Value.SubCount, cue.Value.Aspect);
            }

            if (!v[j].IsWord || !v.IsAnyWord(j, Auxiliaries))
            {
                return null;
            }

            j++;
            skipped++;
        }

        return null;
    }

    private Cue? RightScan(TokenView v, IReadOnlyList<Mention> mentions, int index, int from, string unit, bool share)
    {
        int limit = Math.Min(v.End, from + RightWindow);
        int nextMention = index + 1;
        while (nextMention < mentions.Count && mentions[nextMention].EndToken <= from)
        {
            nextMention++;
        }

        for (int j = from; j < limit; j++)
        {
            if (nextMention < mentions.Count && j >= mentions[nextMention].FirstToken)
            {
                var next = mentions[nextMention];
                bool modifier = next.FirstToken - 1 >= v.First && (v.IsAnyWord(next.FirstToken - 1, Prepositions) || v.IsAnyWord(next.FirstToken - 1, ListIntroducers));
                if (!next.CanBeFigure || modifier || IsCoordinated(v, mentions[nextMention - 1].EndToken, next.FirstToken))
                {
                    j = next.EndToken - 1;
                    nextMention++;
                    // Step over the number, but never past twice the window: "5 of 5 of 5 of …" must not make every scan run to the end.
                    limit = Math.Min(Math.Min(v.End, from + 2 * RightWindow), Math.Max(limit, j + 8));
                    continue;
                }

                return null;
            }

            if (IsClauseEnd(v, j))
            {
                // "— about 12% of the region's population —": step over a parenthetical between dashes or brackets.
                int close = ClosingOf(v, j);
                if (close > j)
                {
                    j = close;
                    while (nextMention < mentions.Count && mentions[nextMention].FirstToken < close)
                    {
                        nextMention++;
                    }

                    limit = Math.Min(v.End, Math.Max(limit, close + 8));
                    continue;
                }

                return null;
            }

            if (v.IsAnyWord(j, Subordinators) && j > from)
            {
                return null;
            }

            if (v.IsWordAt(j, "and") && j + 1 < v.End && StartsClause(v, j + 1))
            {
                return null;
            }

            if (_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, v.End, out var cue))
            {
                if (!cue.Value.Adjacent && Allowed(cue.Value.Measure, unit, share) && !IsActiveWithObject(v, cue))
                {
                    return new Cue(cue.Value.Measure, j, cue.Value.SubCount, cue.Value.Aspect);
                }

                j = cue.End - 1;
                continue;
            }

            if (v[j].IsWord && _lexicons.Reporting.TryMatchAt(v.Text, v.Tokens, j, v.End, out var reporting) && reporting.Value == ReportingKind.Verb
                && j > from && !v.IsAnyWord(j, CountingVerbs))
            {
                return null;
            }
        }

        return null;
    }

    private Cue? LeftScan(TokenView v, IReadOnlyList<Mention> mentions, int index, int from, string unit, bool share)
    {
        int floor = Math.Max(v.First, from - LeftWindow);
        int previous = index - 1;
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

            if (_lexicons.Measures.TryMatchEndingAt(v.Text, v.Tokens, j + 1, v.First, out var cue))
            {
                if (!cue.Value.Adjacent && Allowed(cue.Value.Measure, unit, share))
                {
                    return new Cue(cue.Value.Measure, cue.Start, cue.Value.SubCount, cue.Value.Aspect);
                }

                j = cue.Start;
                continue;
            }

            if (v[j].IsWord && _lexicons.Reporting.TryMatchEndingAt(v.Text, v.Tokens, j + 1, v.First, out var reporting)
                && reporting.Value == ReportingKind.Verb && !v.IsAnyWord(j, CountingVerbs))
            {
                return null; // "X said 20 …": what precedes the verb is another clause
            }
        }

        return null;
    }

    /// <summary>Only a degree ("seriously", "critically", "totally") or nothing follows, up to the clause's end.</summary>
    private static bool OnlyDegreeFollows(TokenView v, int k)
    {
        for (int j = k; j < v.End; j++)
        {
            if (v.IsPunct(j, ',') || v.IsPunct(j, '.') || v.IsPunct(j, ';') || v.IsWordAt(j, "and"))
            {
                return !v.IsAnyWord(j + 1, "who", "which", "whose"); // ", who suffered burns, were taken to hospital": a clause of its own
            }

            // "112 of them seriously", "twelve of them were in a serious condition", "six of them in intensive care"
            if (!v.IsAnyWord(j, "seriously", "critically", "badly", "severely", "gravely", "totally", "completely", "entirely",
                    "fully", "partially", "partly", "slightly", "lightly", "so", "far", "still", "also", "were", "was", "are", "is",
                    "remain", "remained", "in", "a", "serious", "critical", "stable", "grave", "condition", "conditions", "intensive", "care",
                    "life-threatening", "danger", "icu"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"…had killed 'dozens'", "forces killed 20 rebels": an active verb with its own object counts someone else.</summary>
    private static bool IsActiveWithObject(TokenView v, PhraseMatch<MeasureCue> cue)
    {
        if (cue.Value.IsNoun || cue.Value.Intransitive || cue.Value.Measure == Measure.Other)
        {
            return false;
        }

        int k = cue.End;
        if (k >= v.End || v.IsAnyWord(cue.End - 1, Prepositions) || v.IsAnyWord(cue.End - 1, "for", "out"))
        {
            return false; // "moved to the outskirts": what follows a preposition is not the verb's object
        }

        if (v[k].IsNumber || v.IsQuote(k) || v.IsAnyWord(k, "the", "a", "an", "his", "her", "their", "its", "them", "him", "dozens", "hundreds",
                "thousands", "scores", "several", "many", "some", "at", "more", "over", "nearly", "about", "around", "up"))
        {
            // "killed at least 20" / "killed more than 20": a hedge then a number is an object too.
            return !v.IsAnyWord(k, "at") || (k + 1 < v.End && v.IsAnyWord(k + 1, "least"));
        }

        return false;
    }

    /// <summary>A number compared with or listed after an earlier figure takes its measure: "up from about 4,850", "including 50 children".</summary>
    private static (int? From, FigureReading? Reading) Inherit(TokenView v, IReadOnlyList<Mention> mentions, int index, IReadOnlyList<FigureReading?> earlier)
    {
        for (int p = index - 1; p >= 0 && mentions[p].EndToken >= mentions[index].FirstToken - 2 * LeftWindow; p--)
        {
            var reading = p < earlier.Count ? earlier[p] : null;
            if (reading is null || reading.Measure == Measure.Other || !mentions[p].CanBeFigure)
            {
                continue;
            }

            if (mentions[index].Kind is MentionKind.Count or MentionKind.Share && mentions[p].Kind is MentionKind.Money or MentionKind.Weight)
            {
                return (null, null);
            }

            int gapStart = mentions[p].EndToken, gapEnd = mentions[index].FirstToken;
            if (HasClauseBreak(v, gapStart, gapEnd))
            {
                return (null, null);
            }

            if (BetweenHas(v, gapStart, gapEnd, Comparisons) || gapEnd - gapStart <= 3)
            {
                return (p, reading);
            }

            return (null, null);
        }

        return (null, null);
    }

    /// <summary>
    /// "The figure rose sharply from 46,000", "That was up from about 2,600", "we had counted 594,000":
    /// a bare number that points back to the count of the sentence before.
    /// </summary>
    private static bool RefersBack(TokenView v, Mention m, int before, Head head)
    {
        if (head.End > head.Start && head.Class != NounClass.Generic)
        {
            return false;
        }

        if (before >= v.First && (v.IsAnyWord(before, "from") || (before - 1 >= v.First && v.IsAnyWord(before - 1, "up", "down") && v.IsWordAt(before, "from"))))
        {
            return true;
        }

        for (int j = v.First; j < m.FirstToken; j++)
        {
            if (v.IsAnyWord(j, Anaphora) || v.IsAnyWord(j, CountingVerbs))
            {
                return true;
            }
        }

        return v.IsAnyWord(v.First, "that", "this", "it") && v.IsAnyWord(v.First + 1, "was", "is", "rose", "fell", "compares");
    }

    /// <summary>"4,500 houses were destroyed and 18,000 damaged": a bare number coordinated with a counted one counts the same thing.</summary>
    private static string? EllipticalUnit(TokenView v, IReadOnlyList<Mention> mentions, int index, IReadOnlyList<FigureReading?> earlier)
    {
        int p = index - 1;
        if (p < 0 || p >= earlier.Count || earlier[p] is not { } previous || mentions[p].Kind != MentionKind.Count)
        {
            return null;
        }

        if (previous.Unit is not (Vocabulary.Houses or Vocabulary.Households))
        {
            return null;
        }

        return BetweenHas(v, mentions[p].EndToken, mentions[index].FirstToken, ["and", "or", "while", "with", "plus"])
            ? previous.Unit
            : null;
    }

    private static bool HasClauseBreak(TokenView v, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (v.IsPunct(j, ';') || v.IsPunct(j, ':') || v.IsPunct(j, '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BetweenHas(TokenView v, int from, int to, string[] words)
    {
        for (int j = from; j < to; j++)
        {
            if (v.IsAnyWord(j, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"192 soldiers and one civilian": the second number shares the first's predicate.</summary>
    private bool IsCoordinated(TokenView v, int previousEnd, int nextStart)
    {
        int j = previousEnd;
        // Skip the previous mention's own noun phrase ("Azerbaijani soldiers").
        while (j < nextStart && v[j].IsWord && !v.IsAnyWord(j, "and", "or") && !_lexicons.Measures.TryMatchAt(v.Text, v.Tokens, j, v.End, out _))
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

    private static bool StartsClause(TokenView v, int k) =>
        v.IsAnyWord(k, "the", "a", "an", "he", "she", "it", "they", "we", "its", "their", "his", "her", "this", "that", "there")
        || (v.IsCapitalized(k) && !v[k].IsNumber);

    private static bool IsClauseEnd(TokenView v, int k) =>
        v.IsPunct(k, ';') || v.IsPunct(k, ':') || v.IsPunct(k, '.') || v.IsClauseDash(k) || v.IsPunct(k, '(');

    /// <summary>For an opening dash or bracket, the index of its partner within the sentence; else -1.</summary>
    private static int ClosingOf(TokenView v, int k)
    {
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

    private static bool IsCopula(TokenView v, int k) => v.IsAnyWord(k, "is", "was", "are", "were", "be", "been");

    /// <summary>
    /// Whether a measure fits the unit: houses are destroyed or damaged; people are not; a share of
    /// "the population" is a base, not a count. "Other" always fits: it stops the search.
    /// </summary>
    private static bool Allowed(Measure measure, string unit, bool share)
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

    /// <summary>Money or goods are aid when the sentence has an aid word closer to them than any word of loss or cost.</summary>
    private bool AidNear(TokenView v, Mention m)
    {
        int aid = int.MaxValue, loss = int.MaxValue;
        for (int j = v.First; j < v.End; j++)
        {
            if (!v[j].IsWord || (j >= m.FirstToken && j < m.EndToken))
            {
                continue;
            }

            int distance = j < m.FirstToken ? m.FirstToken - j : j - m.EndToken + 1;
            string w = v.Lower(j);
            if (_lexicons.AidWords.Contains(w))
            {
                aid = Math.Min(aid, distance);
            }
            else if (_lexicons.LossWords.Contains(w))
            {
                loss = Math.Min(loss, distance);
            }
        }

        return aid < int.MaxValue && aid < loss;
    }

    private static string? GoodsAfter(TokenView v, int k)
    {
        if (!v.IsWordAt(k, "of"))
        {
            return null;
        }

        int j = k + 1;
        int start = j;
        while (j < v.End && v[j].IsWord && j - start < 3 && !v.IsAnyWord(j, "and", "or", "to", "for", "was", "were", "has", "have", "had"))
        {
            j++;
        }

        return j > start ? v.Slice(start, j) : null;
    }

    [ThreadStatic]
    private static EventMemo? _eventMemo;

    /// <summary>The event of a figure: the event word nearest its measure word, preferring the clause after it ("killed in the explosion").</summary>
    public string? Event(TokenView v, int from, int figureStart)
    {
        _ = figureStart;
        EventCue? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (j, cue) in EventsIn(v))
        {
            // Nearest wins, the clause after the measure word first; a specific word beats a generic one.
            int distance = (j >= from ? j - from : (from - j) + 6) + (cue.Generic ? 1000 : 0);
            if (distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }

        return best?.Name;
    }

    /// <summary>The event words of a sentence, found once per sentence and thread.</summary>
    private List<(int Token, EventCue Cue)> EventsIn(TokenView v)
    {
        var memo = _eventMemo;
        if (memo is not null && ReferenceEquals(memo.Text, v.Text) && ReferenceEquals(memo.Tokens, v.Tokens) && memo.First == v.First && memo.End == v.End
            && ReferenceEquals(memo.Lexicons, _lexicons))
        {
            return memo.Events;
        }

        var events = new List<(int, EventCue)>();
        for (int j = v.First; j < v.End; j++)
        {
            if (v[j].IsWord && _lexicons.Events.TryMatchAt(v.Text, v.Tokens, j, v.End, out var match))
            {
                events.Add((j, match.Value));
                j = match.End - 1;
            }
        }

        _eventMemo = new EventMemo(v.Text, v.Tokens, v.First, v.End, _lexicons, events);
        return events;
    }

    private sealed record EventMemo(string Text, IReadOnlyList<Token> Tokens, int First, int End, LexiconSet Lexicons, List<(int Token, EventCue Cue)> Events);

    private enum PartitiveKind
    {
        None,
        /// <summary>"scores of them", "nine of whom".</summary>
        Pronoun,
        /// <summary>"Seven of the wounded".</summary>
        Base,
    }

    private readonly record struct Partitive(PartitiveKind Kind, int BaseStart, int End);

    private readonly record struct Cue(Measure Measure, int Token, bool SubCount, string? Aspect = null);

    private readonly record struct Head(int Start, int End, NounClass Class, bool IsDemonym, bool IsBodies, bool IsElliptical);
}
