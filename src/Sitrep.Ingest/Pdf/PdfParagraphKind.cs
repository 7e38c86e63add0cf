namespace Sitrep.Ingest.Pdf;

/// <summary>What a paragraph of a PDF is, from its size, weight and place.</summary>
internal enum PdfParagraphKind
{
    Body,
    Heading,
    /// <summary>A row of a table: its cells in order, each kept whole.</summary>
    TableRow,
}
