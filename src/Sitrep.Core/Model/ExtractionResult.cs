namespace Sitrep.Core;

/// <summary>The figures of one article, and what went wrong or was guessed while reading it.</summary>
/// <param name="Published">The publication time used: the article's own, or one inferred from its text.</param>
public sealed record ExtractionResult(
    string Doc,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimePoint? Published)
{
    /// <summary>The report's main place: its dateline's, else where most of the places it names lie; null when it names none.</summary>
    public Places.FigurePlace? Place { get; init; }
}
