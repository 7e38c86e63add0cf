namespace Sitrep.Core.Ledger;

/// <summary>A claim left out of a series' estimate and why.</summary>
/// <param name="By">The claim that replaced, revised or outweighs it, when there is one.</param>
/// <param name="Reference">A value the reason compares with (the median of the other sources for an outlier).</param>
public sealed record ClaimExclusion(Claim Claim, ExclusionReason Reason, Claim? By = null, double? Reference = null);
