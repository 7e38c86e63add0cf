namespace Sitrep.Core.Ledger;

/// <summary>Why a claim does not count toward a series' best estimate. Every left-out claim stays in the trail.</summary>
public enum ExclusionReason
{
    /// <summary>The report quotes it as an earlier, superseded figure ("previous reports as high as 125").</summary>
    QuotedAsSuperseded,

    /// <summary>A vague amount ("dozens") where exact figures exist.</summary>
    Vague,

    /// <summary>The same source gave a later figure.</summary>
    ReplacedBySameSource,

    /// <summary>A later figure revised it, and the revision is accepted (the text says so, or independent sources agree).</summary>
    RevisedAway,

    /// <summary>Lower than an earlier count of a count that only grows, and nothing says it corrects it.</summary>
    UnexplainedDrop,

    /// <summary>Far outside what every other source says.</summary>
    Outlier,
}
