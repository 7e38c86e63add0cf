namespace Sitrep.Ingest.Pdf;

/// <summary>A paragraph of a PDF in reading order: its lines (for a table row, its cells) and what it is.</summary>
internal sealed record PdfParagraph(PdfParagraphKind Kind, IReadOnlyList<PdfLine> Lines)
{
    public int Page => Lines[0].Page;

    public double Size => Lines.Average(l => l.Size);
}
