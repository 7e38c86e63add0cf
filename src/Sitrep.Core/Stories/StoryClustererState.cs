namespace Sitrep.Core.Stories;

/// <summary>
/// Everything <see cref="StoryClusterer"/> decides from, as plain records a store can persist. A clusterer
/// resumed from it (<see cref="StoryClusterer.Resume"/>) makes the same decisions the exporting one would
/// have made for the same following articles, given the same lexicon.
/// </summary>
/// <param name="Version">Format version; <see cref="CurrentVersion"/>.</param>
/// <param name="ArticleCount">Articles added since the start (not only those of open stories).</param>
/// <param name="Latest">Latest publication time seen.</param>
/// <param name="Terms">Document frequencies, in the clusterer's term order.</param>
/// <param name="Stories">Open stories, by sequence.</param>
public sealed record StoryClustererState(
    int Version,
    StoryClustererOptions Options,
    long ArticleCount,
    long StoryCount,
    DateTime? Latest,
    IReadOnlyList<TermStatistic> Terms,
    IReadOnlyList<StoryProfileState> Stories)
{
    public const int CurrentVersion = 1;
}
