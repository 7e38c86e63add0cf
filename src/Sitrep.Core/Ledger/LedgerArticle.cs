namespace Sitrep.Core.Ledger;

/// <summary>A report of a story as the ledger shows it: where it came from and what it copies.</summary>
/// <param name="CopyOf">The earlier report it copies, when it is a copy; <see cref="CopyKind"/> says how.</param>
public sealed record LedgerArticle(string Id, string? Title, string? Outlet, string? Url, TimePoint? Published, string? CopyOf, string? CopyKind, IReadOnlyList<string> Wires);
