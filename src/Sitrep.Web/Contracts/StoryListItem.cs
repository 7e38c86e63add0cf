using Sitrep.Store;
using Sitrep.Web.Stories;

namespace Sitrep.Web.Contracts;

/// <summary>A story in a list: its dates (ISO 8601), number of reports, outlets, last update and headline figures (best estimates of its main series).</summary>
public sealed record StoryListItem(
    string Id,
    string? Title,
    string? First,
    string? Last,
    int Reports,
    IReadOnlyList<string> Outlets,
    DateTimeOffset Updated,
    IReadOnlyList<Headline> Headline)
{
    public static StoryListItem From(StorySummary story, IReadOnlyList<Headline> headlines)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(headlines);
        return new StoryListItem(story.Id, story.Title, story.FirstPublished?.ToIso(), story.LastPublished?.ToIso(), story.ArticleCount,
            story.Outlets, story.UpdatedAt, headlines.Select(h => h with { Best = Finite(h.Best), Low = Finite(h.Low), High = Finite(h.High) }).ToList());
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
