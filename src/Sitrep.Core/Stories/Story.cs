namespace Sitrep.Core.Stories;

/// <summary>A group of reports on one event, as <see cref="StoryClusterer.Group"/> returns it.</summary>
/// <param name="ArticleIds">In the order they were added.</param>
public sealed record Story(string Id, string Title, IReadOnlyList<string> ArticleIds);
