namespace Sitrep.Core.Ledger;

/// <summary>How much a source's word counts when sources give different figures for the same time; read from <c>ledger.tsv</c> (<c>tier</c> rows).</summary>
public enum SourceTier
{
    /// <summary>No source named.</summary>
    Unsourced = 0,

    /// <summary>Witnesses, residents, social media, unnamed reports.</summary>
    Hearsay = 1,

    /// <summary>A named source that is not a counting body: a person, an outlet, an aid group.</summary>
    Named = 2,

    /// <summary>A body whose job is to count: a ministry, the police, a coroner, a UN agency.</summary>
    Official = 3,
}
