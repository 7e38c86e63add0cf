using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// Joins two numbers into a range: "between 10 and 15", "10-15", "10 to 15", "10 or 15". The first end takes what only
/// the second states: its unit ("2 million to 5 million euros", "170-180 kilometres per hour") and its scale word when
/// it is smaller than the second's number before that word ("four to five thousand" is 4,000–5,000, "between one and
/// 1.5 million" is 1–1.5 million, but "from $200 to $4 million" stays $200). A change is not a range: "from 68 to 125",
/// "increased by $43.6 billion to $419.2 billion", "rose 5% to 12%". Nor is a ratio: "five to one".
/// </summary>
public static class RangeMerger
{
    private static readonly string[] ChangeWords =
    [
        "from", "by", "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase", "increases",
        "decreased", "decrease", "grew", "grown", "climbed", "jumped", "dropped", "declined", "surged", "soared", "raised",
        "cut", "lowered", "doubled", "tripled", "up", "down",
    ];

    public static void Merge(in TokenView v, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        for (int m = 0; m + 1 < mentions.Count; m++)
        {
            var a = mentions[m];
            var b = mentions[m + 1];
            bool unitOnSecond = a.Kind == MentionKind.Count && a.Scale == 1 && IsUnitKind(b.Kind);
            if (!((a.CanBeFigure && b.CanBeFigure) || unitOnSecond) || (a.Kind == MentionKind.Share && b.Kind != MentionKind.Share))
            {
                continue;
            }

            if (b.FirstToken - a.EndToken != 1)
            {
                continue;
            }

            int gap = a.EndToken;
            bool between = v.IsWordAt(gap, "and") && v.IsWordAt(a.FirstToken - 1, "between");
            bool dash = NumberGrammar.IsJoiningDash(v, gap);
            bool to = v.IsAnyWord(gap, "to", "or", "through");
            if (!(between || dash || to))
            {
                continue;
            }

            // "from 68 to 125" is a change; after "by" or a verb of change, only when the first stands on its own ("by $43.6
            // billion to $419.2 billion"), not when it borrows the second's unit ("fell by 1.35 to 1.65 mln tonnes").
            bool standsAlone = a.Kind != MentionKind.Count || a.Scale > 1;
            bool change = to && (v.IsWordAt(a.FirstToken - 1, "from") || (standsAlone && IsChange(v, a.FirstToken)));
            // "outnumber residents by more than five to one": a ratio, neither number counts anyone.
            if (to && !change && b.Value == 1 && a.Value > 1 && v.IsWordAt(gap, "to"))
            {
                mentions[m] = a with { Kind = MentionKind.Other };
                mentions[m + 1] = b with { Kind = MentionKind.Other };
                continue;
            }

            a = TakeUnitFrom(a, b);
            if (change || a.Value >= b.Value)
            {
                mentions[m] = a; // a change ("from 2 million to 5 million euros"), not a range
                continue;
            }

            mentions[m] = b with
            {
                FirstToken = a.FirstToken,
                Span = TextSpan.FromBounds(a.Span.Start, b.Span.End),
                Value = a.Value,
                Low = a.Value,
                High = b.Value,
            };
            mentions.RemoveAt(m + 1);
        }
    }

    private static bool IsUnitKind(MentionKind kind) =>
        kind is MentionKind.Duration or MentionKind.Distance or MentionKind.Measurement or MentionKind.Age or MentionKind.Clock;

    /// <summary>A word of change before the first number, over a hedge: "from about 68", "by $43.6 billion", "rose 5%".</summary>
    private static bool IsChange(in TokenView v, int first)
    {
        for (int k = first - 1; k >= Math.Max(v.First, first - 3); k--)
        {
            if (v.IsAnyWord(k, ChangeWords))
            {
                return true;
            }

            if (!v.IsAnyWord(k, "about", "around", "some", "nearly", "almost", "roughly", "approximately", "just", "over", "under", "at", "least", "than", "more", "less"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first number takes the unit and the scale the second states.</summary>
    private static Mention TakeUnitFrom(Mention a, Mention b)
    {
        if (a.Kind == MentionKind.Count && b.Kind != MentionKind.Count)
        {
            a = a with { Kind = b.Kind, Currency = b.Currency };
        }

        if (a.Scale == 1 && b.Scale > 1 && a.Value > 0 && a.Value < b.Value / b.Scale)
        {
            a = a with { Value = a.Value * b.Scale, Scale = b.Scale };
        }

        return a;
    }
}
