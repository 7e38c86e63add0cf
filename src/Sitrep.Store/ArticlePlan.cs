namespace Sitrep.Store;

/// <summary>
/// What <see cref="IStoreTransaction.Plan"/> decided for one incoming report. Extract figures with
/// <see cref="ArticleId"/> as the article id (it may differ from the id the reader gave: a new version keeps
/// its article's id, and a taken id gets a suffix), then pass the plan to <see cref="IStoreTransaction.Save"/>.
/// </summary>
public sealed record ArticlePlan
{
    public required ArticleDisposition Disposition { get; init; }

    /// <summary>The id the article has (or will have) in the store.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The version number this report is (or, when unchanged, the version it matched).</summary>
    public required int Version { get; init; }

    /// <summary>The id the reader gave the report (kept with the version; the store may have given another).</summary>
    public required string ReportedId { get; init; }

    /// <summary>SHA-256 (hex) of the normalised text, see <see cref="ContentHash"/>.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The canonical URL (or origin) that identifies the article across versions; <c>null</c> when the report has neither.</summary>
    public string? SourceKey { get; init; }

    /// <summary>Whether figures must be extracted and saved (new article or new version).</summary>
    public bool NeedsFigures => Disposition != ArticleDisposition.Unchanged;

    /// <summary>The store's key of the matched or existing article; <c>null</c> for a new one.</summary>
    internal long? ArticleKey { get; init; }

    /// <summary>Unchanged content found under another source: the source is recorded as a copy.</summary>
    internal bool SourceIsCopy { get; init; }

    /// <summary>The transaction that made the plan: a plan is only valid there.</summary>
    internal object? Owner { get; init; }
}
