namespace Sitrep.Store;

/// <summary>A place where the same content (by normalised-text hash) was also found: a wire copy, a re-post, a second download.</summary>
/// <param name="Source">The URL or path of the copy.</param>
/// <param name="ReportedId">The id the reader gave the copy.</param>
public sealed record ArticleCopy(string Source, string? Outlet, string ReportedId, DateTimeOffset FirstSeenAt);
