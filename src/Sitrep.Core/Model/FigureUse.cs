namespace Sitrep.Core;

/// <summary>Which figures the caller of <see cref="ExtractionPipeline.Extract(IReadOnlyList{Article}, FigureUse, CancellationToken)"/> reads whole.</summary>
public enum FigureUse
{
    /// <summary>Every figure with its source, time and place, and every report's place.</summary>
    All,

    /// <summary>
    /// The counts, as <c>sitrep extract</c> prints them without <c>--all</c>: figures of a measure other than
    /// <see cref="Measure.Other"/> that repeat no figure before them (<see cref="FigureUses.IsCount"/>). A sentence none
    /// of whose numbers is read as such a measure gives no figures (its sources are still read for the sentences after
    /// it), and a report with no count goes without the place stage: neither its figures nor its
    /// <see cref="ExtractionResult.Place"/> are placed. Many news reports count nothing, and most numbers are no count
    /// ("in 2023", "$4 million", "3 metres": two of three numbers read in the extraction bench's real reports).
    /// </summary>
    Counts,
}
