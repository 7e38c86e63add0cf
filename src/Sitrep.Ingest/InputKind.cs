namespace Sitrep.Ingest;

/// <summary>What an input holds, and so which reader reads it.</summary>
public enum InputKind
{
    /// <summary>Plain text or Markdown: one report.</summary>
    Text,
    /// <summary>A web page: one report.</summary>
    Html,
    /// <summary>An RSS or Atom feed: one report per item.</summary>
    Feed,
    /// <summary>A JSON Lines dump of a news crawl: one report per line.</summary>
    Dump,
    /// <summary>A PDF document: one report.</summary>
    Pdf,
    /// <summary>A Sitrep manifest: read with <c>--manifest</c>, skipped in a folder.</summary>
    Manifest,
    /// <summary>Nothing Sitrep reads.</summary>
    Unknown,
}
