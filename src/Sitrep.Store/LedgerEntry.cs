namespace Sitrep.Store;

/// <summary>The cached ledger of one story: the JSON the ledger builder produced, kept as given.</summary>
public sealed record LedgerEntry(string StoryId, string Json, DateTimeOffset UpdatedAt);
