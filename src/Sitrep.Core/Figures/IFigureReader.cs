namespace Sitrep.Core.Figures;

/// <summary>
/// One small reading of what a number counts (its hedge, its head noun, the measure word that governs it, an earlier
/// figure it is compared with, a part of a whole …). <see cref="FigureGrammar"/> runs its readers in order on one
/// <see cref="FigureContext"/>; a reader that settles the whole reading sets <see cref="FigureContext.Result"/>, and the
/// readers after it do not run.
/// </summary>
public interface IFigureReader
{
    void Read(FigureContext context);
}
