namespace Sitrep.Bench;

/// <summary>Where <see cref="RealCorpusCopy.Ensure"/> wrote the repeated real reports.</summary>
/// <param name="Files">A folder of <c>.txt</c> files, one a report.</param>
/// <param name="Dump">The same reports as one JSON Lines dump.</param>
/// <param name="Sizes">A line saying how many reports and megabytes the copy holds.</param>
public sealed record RealCorpusCopyPaths(string Files, string Dump, string Sizes);
