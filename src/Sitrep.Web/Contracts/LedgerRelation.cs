namespace Sitrep.Web.Contracts;

/// <summary>How two points of a series relate: <c>echo</c>, <c>revision</c>, <c>conflict</c> ….</summary>
public sealed record LedgerRelation(string Kind, string From, string To, string? Note);
