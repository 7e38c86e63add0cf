namespace Sitrep.Core.Ledger;

/// <summary>Hedges as intervals, so sources can be compared honestly: "at least 68" does not contradict 125.</summary>
public static class ValueInterval
{
    /// <summary>How far "about" and "nearly" reach: ±10% and −10%.</summary>
    public const double Looseness = 0.10;

    /// <summary>
    /// The hedge a figure stands for: its qualifier, except that persons told one by one ("a man was killed", "a girl and
    /// a man are dead") are at least that many: they are the victims a report names, not a count of all, and do not
    /// contradict "three dead".
    /// </summary>
    public static Qualifier HedgeOf(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind == Mentions.MentionKind.Person && figure.Qualifier == Qualifier.None ? Qualifier.AtLeast : figure.Qualifier;
    }

    public static (double Low, double High) Of(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Low is { } low && figure.High is { } high)
        {
            return (low, high);
        }

        double v = figure.Value;
        if (figure.Has(FigureFlags.Vague))
        {
            return (v, v * 10); // "thousands": at least 1,000, fewer than 10,000
        }

        return HedgeOf(figure) switch
        {
            Qualifier.AtLeast => (v, double.PositiveInfinity),
            Qualifier.MoreThan => (v, double.PositiveInfinity),
            Qualifier.Approximately => (v * (1 - Looseness), v * (1 + Looseness)),
            Qualifier.Nearly => (v * (1 - Looseness), v),
            Qualifier.UpTo => (0, v),
            Qualifier.LessThan => (0, v),
            _ => (v, v),
        };
    }

    public static bool Overlap((double Low, double High) a, (double Low, double High) b) => a.Low <= b.High && b.Low <= a.High;
}
