namespace Sitrep.Core;

/// <summary>
/// A report as a reader produced it. <see cref="Text"/> is what Sitrep reads: every offset in every
/// later record points into it, and no stage changes it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier: the manifest id, the file name without extension, or a store id.</summary>
    public required string Id { get; init; }

    /// <summary>The original text. For a plain-text report, the file's content; for a web page, the main text a reader kept.</summary>
    public required string Text { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication time as given by the manifest or page; <c>null</c> when unknown (extraction then infers it from the text).</summary>
    public TimePoint? Published { get; init; }

    /// <summary>
    /// Where <see cref="Published"/> came from; <see cref="PublishedSource.Undated"/> tells extraction not to infer one from
    /// the text. Read by extraction, before the report is stored; the store keeps the date, not this (it reads back Unknown).
    /// </summary>
    public PublishedSource PublishedFrom { get; init; }

    /// <summary>ISO 639-1 code when known ("en").</summary>
    public string? Language { get; init; }

    /// <summary>Blocks a reader already knows (from HTML structure). Empty for plain text: cleaning then splits paragraphs itself.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Where the article came from (a path or URL), for messages.</summary>
    public string? Origin { get; init; }
}
