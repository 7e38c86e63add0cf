using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>One article in a list or search result: the current version's metadata, without text or figures.</summary>
public sealed record ArticleSummary(
    string Id,
    string? Title,
    string? Outlet,
    string? Url,
    TimePoint? Published,
    int Version,
    int FigureCount,
    string? StoryId);
