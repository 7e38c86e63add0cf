namespace Sitrep.Ingest.Html;

/// <summary>Limits and hints for reading web pages. Defaults suit any real news page.</summary>
public sealed record HtmlReaderOptions
{
    /// <summary>Largest page read, in bytes (after decompression): 16 MiB.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Elements nested deeper than this are left out (real pages stay under 60; browsers cap near 512).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Nodes visited at most per page.</summary>
    public int MaxNodes { get; init; } = 500_000;

    public HtmlHints Hints { get; init; } = HtmlHints.Default;
}
