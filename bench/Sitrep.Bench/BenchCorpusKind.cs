namespace Sitrep.Bench;

/// <summary>Which reports an extraction benchmark reads.</summary>
public enum BenchCorpusKind
{
    /// <summary>Made-up crisis reports (<see cref="ExtractionCorpus"/>).</summary>
    Generated,
    /// <summary>Real reports from <c>../shared/corpus</c> (<see cref="RealReportCorpus"/>).</summary>
    Real,
}
