using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>What became of one report.</summary>
/// <param name="Failure">Why the report could not be ingested (its extraction failed); <c>null</c> when it was.</param>
/// <param name="Diagnostics">What extraction reported about the report (empty when it was unchanged).</param>
public sealed record IngestResult(
    ArticleDisposition Disposition,
    string ArticleId,
    int Version,
    int FigureCount,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Failure = null);
