using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// The counted noun after a number ("192 Azerbaijani soldiers", "thousands of ethnic Armenians", "13 bodies"), a
/// partitive ("scores of them", "seven of the wounded", "two of its nationals"), and the unit they give: people,
/// households ("families"), houses ("homes"), percent for a share. A count of things ("two wars", "24 countries")
/// counts nothing.
/// </summary>
public sealed class HeadReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Mention;
        var head = ReadHead(context);
        context.Head = head;
        context.Partitive = ReadPartitive(context);
        context.Unit = context.IsShare ? Vocabulary.Percent
            : head.Class == NounClass.Households ? Vocabulary.Households
            : head.Class == NounClass.Houses ? Vocabulary.Houses
            : !head.IsEmpty && !head.IsElliptical ? Vocabulary.People
            : EllipticalUnit(context) ?? Vocabulary.People;
        if ((head.Class is NounClass.Thing or NounClass.Tonnes && m.Kind == MentionKind.Count) || (context.IsShare && (head.Class == NounClass.Thing || !HasPeopleBase(context)))
            || (context.Marks.Has(m.FirstToken - 1, WordRole.Locative) && IsPlaceCount(context, head))
            || (!head.IsEmpty && IsRate(context, head.End)))
        {
            context.Result = context.Other();
        }
    }

    /// <summary>
    /// After "in", "into", "across": a count of the places people are, not of people: "in 52 public shelters" (homes),
    /// "in 19 displacement sites", "into 12 evacuation centres" (a measure word naming a kind of place). "Resulted in 40
    /// deaths" and "in 300 families" still count.
    /// </summary>
    private static bool IsPlaceCount(FigureContext context, Head head)
    {
        if (head.Class == NounClass.Houses)
        {
            return true;
        }

        var v = context.View;
        int k = context.Mention.EndToken;
        if (k >= v.End || !context.Marks.MeasureAt(k, out var cue))
        {
            return false;
        }

        // "displacement sites" (the phrase ends in a place), "evacuation centres" (a place follows the measure word)
        return IsPlace(context, cue.End - 1) || (cue.End < v.End && IsPlace(context, cue.End));
    }

    private static bool IsPlace(FigureContext context, int k)
    {
        var v = context.View;
        return v[k].IsWord && context.Lexicons.TryGetNoun(v.Span(k), out var place) && place is NounClass.Thing or NounClass.Houses;
    }

    /// <summary>"1,500 people a day", "200 refugees per week": a rate, not a count ("46,000 a week earlier" is a count).</summary>
    private static bool IsRate(FigureContext context, int k)
    {
        var v = context.View;
        return context.Marks.Has(k, WordRole.Distributive) && k + 1 < v.End && v[k + 1].IsWord
            && context.Lexicons.Units.TryMatchAt(v.Text, v.Tokens, k + 1, v.End, out var unit) && unit.Value == MentionKind.Duration && unit.End == k + 2;
    }

    /// <summary>
    /// A share counts people only with a base of people, households or homes: "12% of the population", "half the
    /// residents", "a third of them", "61% of those displaced", or a predicate of its own ("12% fled"); not "10% of their
    /// monthly bill", "shot 51 percent", "a 5% rise".
    /// </summary>
    private static bool HasPeopleBase(FigureContext context)
    {
        var v = context.View;
        int k = context.Mention.EndToken;
        bool of = v.IsWordAt(k, "of");
        if (!of && !context.Marks.Has(k, WordRole.Determiner))
        {
            return CueScanner.Predicate(context, k) is not null;
        }

        for (int j = of ? k + 1 : k; j < Math.Min(v.End, k + 7); j++)
        {
            if (!v[j].IsWord)
            {
                break;
            }

            if ((context.Lexicons.TryGetNoun(v.Span(j), out var cls) && cls is NounClass.People or NounClass.Generic or NounClass.Responder or NounClass.Households or NounClass.Houses)
                || context.Marks.Has(j, WordRole.PartitivePronoun)
                || (v.IsCapitalized(j) && context.Lexicons.Countries.IsDemonym(v.Span(j)))
                || (context.Marks.MeasureAt(j, out var cue) && cue.Value.Measure != Measure.Other))
            {
                return true;
            }
        }

        return false;
    }

    private static Head ReadHead(FigureContext context)
    {
        var v = context.View;
        var m = context.Mention;
        var lexicons = context.Lexicons;
        int k = m.EndToken;
        if (v.IsQuote(k) && !v[k].SpaceBefore)
        {
            k++; // heard "five or six" gunshots
        }

        if (m.TakesOf && v.IsWordAt(k, "of"))
        {
            k++;
            while (context.Marks.Has(k, WordRole.Determiner))
            {
                k++;
            }
        }

        int start = k;
        var found = new Head(start, start, NounClass.Unknown, false, false, false);
        int unknownEnd = -1;
        int limit = Math.Min(v.End, k + 5);
        if (context.Index + 1 < context.Mentions.Count)
        {
            limit = Math.Min(limit, context.Mentions[context.Index + 1].FirstToken); // "4,850 five hours earlier": the next number is no noun of this one
        }

        for (int j = k; j < limit; j++)
        {
            if (v.IsDash(j) && !v[j].SpaceBefore && j + 1 < v.End && v[j + 1].IsWord && !v[j + 1].SpaceBefore)
            {
                continue; // "Nagorno-Karabakh", "long-term"
            }

            if (!v[j].IsWord || context.Marks.Has(j, WordRole.HeadStop))
            {
                break;
            }

            if (lexicons.TryGetNoun(v.Span(j), out var cls))
            {
                found = new Head(start, j + 1, cls, false, v.IsAnyWord(j, "bodies", "body", "corpses"), v.IsAnyWord(j, "others", "more"));
                // "refugee families", "civilian casualties": a following noun is the real head.
                if (j + 1 < v.End && v[j + 1].IsWord && lexicons.TryGetNoun(v.Span(j + 1), out var next) && next != NounClass.Generic)
                {
                    continue;
                }

                return found;
            }

            if (lexicons.Countries.IsDemonym(v.Span(j)) && v.IsCapitalized(j))
            {
                found = new Head(start, j + 1, NounClass.People, true, false, false);
                if (!(j + 1 < v.End && v[j + 1].IsWord && lexicons.TryGetNoun(v.Span(j + 1), out _)))
                {
                    return found;
                }

                continue;
            }

            if (context.Marks.MeasureAt(j, out var cueWord) && !v.IsCapitalized(j))
            {
                // "30 collapsed buildings", "1,200 evacuation centres": a measure word before a noun modifies it.
                int after = cueWord.End;
                if (after < v.End && v[after].IsWord && lexicons.TryGetNoun(v.Span(after), out _))
                {
                    j = after - 1;
                    continue;
                }

                break; // a predicate: "20 died", "300 injured" is read as a cue, not a noun
            }

            if (!v.IsCapitalized(j) && LooksPlural(v.Span(j)))
            {
                unknownEnd = j + 1; // an unknown plural noun ("licensed firearms"): a count of something we do not know
            }
        }

        if (!found.IsEmpty)
        {
            return found;
        }

        return unknownEnd > 0 ? new Head(start, unknownEnd, NounClass.Unknown, false, false, false) : found;
    }

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ous", StringComparison.OrdinalIgnoreCase);

    private static Partitive ReadPartitive(FigureContext context)
    {
        var v = context.View;
        var m = context.Mention;
        int k = m.EndToken;
        if ((m.TakesOf && m.Kind == MentionKind.Share) || !v.IsWordAt(k, "of"))
        {
            return Partitive.None;
        }

        // "those" and "these" before a noun are determiners: "one of those things".
        bool determinerPronoun = v.IsAnyWord(k + 1, "those", "these") && k + 2 < v.End && v[k + 2].IsWord && !context.Marks.Has(k + 2, WordRole.HeadStop);
        if (context.Marks.Has(k + 1, WordRole.PartitivePronoun) && !determinerPronoun)
        {
            return new Partitive(PartitiveKind.Pronoun, k + 1, k + 2);
        }

        if (v.IsAnyWord(k + 1, "the", "those", "these", "its", "their", "his", "her", "our"))
        {
            int end = k + 2;
            while (end < v.End && end < k + 5 && v[end].IsWord && !context.Marks.Has(end, WordRole.HeadStop))
            {
                end++;
            }

            return new Partitive(PartitiveKind.Base, k + 2, end);
        }

        return Partitive.None;
    }

    /// <summary>"4,500 houses were destroyed and 18,000 damaged": a bare number coordinated with a counted one counts the same thing.</summary>
    private static string? EllipticalUnit(FigureContext context)
    {
        int p = context.Index - 1;
        if (p < 0 || p >= context.Earlier.Count || context.Earlier[p] is not { } previous || context.Mentions[p].Kind != MentionKind.Count)
        {
            return null;
        }

        if (previous.Unit is not (Vocabulary.Houses or Vocabulary.Households))
        {
            return null;
        }

        return CueScanner.BetweenHas(context, context.Mentions[p].EndToken, context.Mention.FirstToken, "and", "or", "while", "with", "plus")
            ? previous.Unit
            : null;
    }
}
