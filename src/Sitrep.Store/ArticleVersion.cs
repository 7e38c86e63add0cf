namespace Sitrep.Store;

/// <summary>One stored version of an article.</summary>
/// <param name="Number">1 for the first version read, then 2, 3 …</param>
/// <param name="ContentHash">SHA-256 (hex) of the normalised text.</param>
/// <param name="SupersededAt">When a later version replaced it; <c>null</c> for the current version.</param>
/// <param name="FigureCount">How many figures were stored with it.</param>
public sealed record ArticleVersion(
    int Number,
    string ContentHash,
    DateTimeOffset IngestedAt,
    DateTimeOffset? SupersededAt,
    int FigureCount)
{
    public bool IsCurrent => SupersededAt is null;
}
