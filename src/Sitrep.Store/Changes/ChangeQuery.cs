namespace Sitrep.Store.Changes;

/// <summary>Which recorded changes to read, newest first.</summary>
/// <param name="Since">Only changes recorded at or after this time.</param>
/// <param name="StoryId">Only this story's changes.</param>
/// <param name="Before">Only changes older than this <see cref="LedgerChange.Seq"/> (the cursor of the next page).</param>
public sealed record ChangeQuery(DateTimeOffset? Since = null, string? StoryId = null, int Limit = 100, long? Before = null);
