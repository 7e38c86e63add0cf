using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// A part of a larger count is a sub-count: "13 bodies", "112 of them", "Ten children were among the dead", "Among
/// the dead were four Norwegians", "the dead included six police officers", "including two children". A breakdown
/// with its own measure words ("The casualties include 20 dead and 45 injured") is not.
/// </summary>
public sealed class PartOfWholeReader : IFigureReader
{
    private static readonly string[] Among = ["among", "amongst"];

    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var v = context.View;
        var m = context.Mention;
        if (context.Cue?.SubCount == true || context.Head.IsBodies || (v.IsWordAt(m.EndToken, "of") && context.Marks.Has(m.EndToken + 1, WordRole.PartitivePronoun)))
        {
            context.Flags |= FigureFlags.SubCount;
        }

        if (context.Measure != Measure.Other && context.Cue is { } partOf
            && ((partOf.Token > m.EndToken && CueScanner.BetweenHas(context, m.EndToken, partOf.Token, Among))
                || (partOf.Token < m.FirstToken && (context.Listed || CueScanner.BetweenHas(context, Math.Max(v.First, partOf.Token - 2), partOf.Token, Among)))))
        {
            context.Flags |= FigureFlags.SubCount;
        }
    }
}
