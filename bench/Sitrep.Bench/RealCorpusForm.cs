namespace Sitrep.Bench;

/// <summary>How <see cref="RealCorpusExtractBenchmarks"/> hands the repeated real reports to <c>sitrep extract</c>.</summary>
public enum RealCorpusForm
{
    /// <summary>A folder of <c>.txt</c> files, one a report.</summary>
    Files,
    /// <summary>One JSON Lines dump.</summary>
    Dump,
}
