namespace Sitrep.Core;

/// <summary>What <see cref="FigureUse"/> means for one figure.</summary>
public static class FigureUses
{
    /// <summary>Whether a figure is one of <see cref="FigureUse.Counts"/>: of a measure other than "other", and no repeat.</summary>
    public static bool IsCount(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Measure != Measure.Other && !figure.Has(FigureFlags.Repeat);
    }
}
