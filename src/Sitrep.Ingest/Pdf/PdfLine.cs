namespace Sitrep.Ingest.Pdf;

/// <summary>
/// A run of words on one baseline of one page with no wide gap inside (a line of a column, a table cell). Coordinates
/// in PDF points, y growing upwards.
/// </summary>
internal sealed record PdfLine(int Page, double Left, double Right, double Top, double Bottom, double Baseline, double Size, string Text, int Words, bool Bold)
{
    public double Width => Right - Left;

    /// <summary>Horizontal overlap with another line, in points (negative when apart).</summary>
    public double Overlap(PdfLine other) => Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
}
