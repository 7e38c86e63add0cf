namespace Sitrep.Web.Contracts;

/// <summary>A figure left out of an estimate: its value, the reason's stable name, the figure that outweighs it, and the reason in words.</summary>
public sealed record LedgerExclusion(string Id, double? Value, string Reason, string? By, string Note);
