using Sitrep.Core.Attribution;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>
/// The time a figure holds for: an "as of"/"by" time in its sentence; else the time its source
/// spoke ("said on September 26", "said Tuesday morning", "Earlier on September 27, X announced");
/// a day said right after a number a count changed from or to ("down from some 60,000 on Thursday", "rose to 86 on
/// Tuesday from 57 on Monday"); else, for "five hours earlier", the time of the figure it is compared with; else the
/// publication date. Times of the event itself ("the explosion on Monday") do not date the count.
/// </summary>
public static class AsOfResolver
{
    private static readonly string[] BetweenVerbAndTime = ["on", "earlier", "later", "late", "early", "in", "at", "this", "a", "statement", "on", "last", "overnight", ","];

    public static (TimePoint? AsOf, bool Defaulted) Resolve(
        TokenView v,
        IReadOnlyList<TimeExpression> times,
        SourceFrame? frame,
        int figureToken,
        TimePoint published,
        TimePoint? comparedWith,
        int? figureEnd = null)
    {
        ArgumentNullException.ThrowIfNull(times);
        TimePoint? spoke = frame is null ? null : FrameTime(v, times, frame);

        // "down from some 60,000 on Thursday": the day of a count the sentence compares with.
        if (figureEnd is int end && IsComparedCount(v, figureToken))
        {
            for (int i = 0; i < times.Count; i++) // not foreach: an interface's enumerator is an allocation for each figure
            {
                var t = times[i];
                if (t.Anchor is TimeAnchor.At or TimeAnchor.AsOf && t.FirstToken >= end && OnlyConnectors(v, end, t.FirstToken, 1))
                {
                    return (Clamp(t.Point, published), false);
                }
            }
        }

        TimeExpression? asOf = null;
        for (int i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (t.Anchor == TimeAnchor.AsOf && (asOf is null || Math.Abs(t.FirstToken - figureToken) < Math.Abs(asOf.FirstToken - figureToken)))
            {
                asOf = t;
            }
        }

        if (asOf is not null)
        {
            var point = asOf.Point;
            if (point.Precision == TimePrecision.Minute && !asOf.NamesDay && spoke is { } day)
            {
                point = new TimePoint(day.Date.ToDateTime(TimeOnly.FromDateTime(point.Value)), TimePrecision.Minute);
            }

            return (Clamp(point, published), false);
        }

        // "up from about 4,850 five hours earlier"
        for (int i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (t.Anchor == TimeAnchor.Relative && t.FirstToken > figureToken && t.FirstToken - figureToken <= 4)
            {
                var reference = comparedWith ?? spoke ?? published;
                if (reference.Precision < TimePrecision.Minute && t.Offset.Duration() < TimeSpan.FromDays(1))
                {
                    return (Clamp(reference, published), false); // hours earlier on a day-precise date: the same day
                }

                var moved = reference.Value.Add(t.Offset);
                return (Clamp(new TimePoint(moved.Date, TimePrecision.Day), published), false);
            }
        }

        if (spoke is { } when)
        {
            return (Clamp(when, published), false);
        }

        return (published, true);
    }

    private static TimePoint? FrameTime(TokenView v, IReadOnlyList<TimeExpression> times, SourceFrame frame)
    {
        for (int i = 0; i < times.Count; i++)
        {
            var t = times[i];
            if (t.Anchor is TimeAnchor.Since or TimeAnchor.Until or TimeAnchor.Relative)
            {
                continue;
            }

            // "said on September 26", "said earlier on September 26 that", "said Tuesday morning"
            if (t.FirstToken >= frame.VerbEnd && OnlyConnectors(v, frame.VerbEnd, t.FirstToken, 4))
            {
                return t.Point;
            }

            // "Baku on Tuesday said"
            if (t.FirstToken >= frame.Start && t.EndToken <= frame.VerbStart)
            {
                return t.Point;
            }

            // "Earlier on September 27, Azerbaijani authorities announced"
            if (t.EndToken <= frame.Start && OnlyConnectors(v, t.EndToken, frame.Start, 2) && OnlyConnectors(v, v.First, t.FirstToken, 2))
            {
                return t.Point;
            }
        }

        return null;
    }

    /// <summary>"from some 60,000", "to 86", "than 4,000": a count the sentence says changed, or is compared with.</summary>
    private static bool IsComparedCount(TokenView v, int figureToken)
    {
        int k = figureToken - 1;
        while (k > v.First && v.IsAnyWord(k, "some", "about", "around", "nearly", "almost", "roughly", "approximately", "least", "at", "more", "than", "over"))
        {
            if (v.IsWordAt(k, "than") && !v.IsAnyWord(k - 1, "more", "less", "fewer"))
            {
                return true;
            }

            k--;
        }

        return v.IsAnyWord(k, "from", "to", "than");
    }

    private static bool OnlyConnectors(TokenView v, int from, int to, int max)
    {
        if (to - from > max)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (!(v.IsAnyWord(k, BetweenVerbAndTime) || v.IsPunct(k, ',')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A count can't hold for a time after its report was published.</summary>
    private static TimePoint Clamp(TimePoint point, TimePoint published) =>
        point.Date > published.Date ? published : point;
}
