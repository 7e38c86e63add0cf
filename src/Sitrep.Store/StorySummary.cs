using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>One story in a list: its title, the span of its articles' publication dates, and who reported it.</summary>
/// <param name="FirstPublished">The earliest publication time among its articles (current versions), if any is known.</param>
/// <param name="Outlets">Distinct outlets of its articles, in order of name.</param>
/// <param name="UpdatedAt">When an article was last assigned to it or its state or ledger last saved.</param>
public sealed record StorySummary(
    string Id,
    string? Title,
    TimePoint? FirstPublished,
    TimePoint? LastPublished,
    int ArticleCount,
    IReadOnlyList<string> Outlets,
    DateTimeOffset UpdatedAt);
