namespace Sitrep.Web.Contracts;

/// <summary>A report of a story's ledger: where it came from and what it copies.</summary>
public sealed record LedgerReport(string Id, string? Title, string? Outlet, string? Url, string? Published, string? CopyOf, string? CopyKind, IReadOnlyList<string> Wires);
