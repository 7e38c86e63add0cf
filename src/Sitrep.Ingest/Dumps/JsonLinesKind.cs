namespace Sitrep.Ingest.Dumps;

/// <summary>What a JSON Lines file holds.</summary>
public enum JsonLinesKind
{
    /// <summary>Articles of a news crawl (a line has <c>text</c> or <c>maintext</c> and a <c>title</c>, <c>url</c>, date or source).</summary>
    Dump,
    /// <summary>A Sitrep manifest (lines name a <c>file</c>).</summary>
    Manifest,
    /// <summary>Anything else (figure records, logs).</summary>
    Other,
}
