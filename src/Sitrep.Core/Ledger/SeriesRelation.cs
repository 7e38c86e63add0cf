namespace Sitrep.Core.Ledger;

/// <summary>How two points of a series relate. <see cref="From"/> and <see cref="To"/> are figure ids, earlier first.</summary>
public sealed record SeriesRelation(RelationKind Kind, string From, string To, string Note);
