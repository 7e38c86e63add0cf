namespace Sitrep.Core.Ledger;

/// <summary>Which rule chose a series' best estimate.</summary>
public enum EstimateRule
{
    /// <summary>The series has no figure to estimate from.</summary>
    None,

    /// <summary>One claim only.</summary>
    OnlyClaim,

    /// <summary>
    /// The latest claims (the last day anyone counted) decide: the weightiest source, exact before hedged,
    /// the value most independent sources support.
    /// </summary>
    Latest,

    /// <summary>The latest claim is an accepted revision of an earlier, higher count.</summary>
    Revision,

    /// <summary>Several independent sources agree on the value.</summary>
    Consensus,

    /// <summary>Undated claims: the value most independent sources support, then the weightiest source.</summary>
    Undated,
}
