namespace Sitrep.Ingest.Html;

/// <summary>What kind of element a run of page text sits in.</summary>
internal enum RunKind
{
    /// <summary>A <c>p</c>.</summary>
    Paragraph,
    /// <summary><c>h1</c>–<c>h6</c>.</summary>
    Heading,
    /// <summary><c>li</c>, <c>dd</c>, <c>dt</c>.</summary>
    ListItem,
    /// <summary>A <c>blockquote</c> without paragraphs of its own.</summary>
    Quote,
    Preformatted,
    /// <summary>A <c>figcaption</c>.</summary>
    Caption,
    /// <summary>Text directly in a table cell.</summary>
    TableCell,
    /// <summary>Text directly in a container (<c>div</c>, <c>section</c> …), often split by <c>&lt;br&gt;&lt;br&gt;</c>.</summary>
    Loose,
}
