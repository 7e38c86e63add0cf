using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sitrep.Ingest.Tests.Pdf;

/// <summary>
/// PDFs we make in the tests with PdfPig's writer, from text we wrote (a fictional flood in the Velmora basin): a
/// two-page situation report in two columns with a running header and footer, a table and words hyphenated across lines.
/// </summary>
internal static class PdfFixtures
{
    public const double Width = 595;
    public const double Height = 842;
    private const double Size = 10;
    private const double Leading = 13;
    private const double LeftColumn = 50;
    private const double RightColumn = 310;

    /// <summary>The situation report: page 1 holds the title, a lead, a table and two columns; page 2 the rest of a paragraph and one more.</summary>
    public static byte[] SituationReport()
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var one = builder.AddPage(PageSize.A4);
        Furniture(one, regular, 1);
        one.AddText("Velmora Basin Floods: Situation Report No. 4", 18, new PdfPoint(LeftColumn, 760), bold);
        Lines(one, regular, LeftColumn, 730,
            "VELMORA, June 3, 2031 - Floodwater in the Velmora basin has killed at least 48 people since the",
            "river broke its banks on 29 May, the Basin Emergency Authority said on Tuesday.");
        one.AddText("Province", Size, new PdfPoint(60, 690), bold);
        one.AddText("Deaths", Size, new PdfPoint(220, 690), bold);
        one.AddText("Injured", Size, new PdfPoint(320, 690), bold);
        one.AddText("Evacuated", Size, new PdfPoint(420, 690), bold);
        Row(one, regular, 675, "Velmora", "48", "215", "12,400");
        Row(one, regular, 660, "Dunmere", "9", "37", "3,150");
        Lines(one, regular, LeftColumn, 630,
            "Rescue crews working around the clock",
            "in Dunmere and Old Tarrow said that 12,400",
            "people had been evacu-",
            "ated from low-lying districts, and that long-",
            "term shelter would be needed for most",
            "of them.",
            "",
            "A second levee gave way near Tarrow on",
            "Monday night, and the authority said");
        Lines(one, regular, RightColumn, 630,
            "that 37 people were still missing in the",
            "villages below it. Boats reached the last",
            "of them on Tuesday morning.",
            "",
            "The long-term damage to farmland is not",
            "yet known, the authority said, but the",
            "spring harvest is lost in most of the",
            "basin, and food stocks in the shelters",
            "will last for about ten more days, while");

        var two = builder.AddPage(PageSize.A4);
        Furniture(two, regular, 2);
        Lines(two, regular, LeftColumn, 770,
            "aid agencies appealed for 2.5 million dollars to feed the displaced until the roads open again.",
            "",
            "Health authorities said 215 people had been injured and that 60 of them remained in hospital in",
            "Velmora on Tuesday evening.");
        return builder.Build();
    }

    /// <summary>A page with a picture and no text, as a scanner makes it.</summary>
    public static byte[] Scanned()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(Png.Gray(8, 8), new PdfRectangle(50, 50, 545, 792));
        return builder.Build();
    }

    /// <summary>One paragraph in a TrueType font whose "fi" and "fl" are ligature glyphs; null when the font is not installed.</summary>
    public static byte[]? Ligatures(string fontPath)
    {
        if (!File.Exists(fontPath))
        {
            return null;
        }

        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        var page = builder.AddPage(PageSize.A4);
        page.AddText("The \uFB01rst \uFB02ood \uFB01gures came from the o\uFB03ce of the governor:", Size, new PdfPoint(LeftColumn, 760), font);
        page.AddText("at least 14 people died in the \uFB02ash \uFB02oods, of\uFB01cials said.", Size, new PdfPoint(LeftColumn, 760 - Leading), font);
        return builder.Build();
    }

    private static void Furniture(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, int number)
    {
        page.AddText("Velmora Relief Coordination Office - Flood Situation Report", 8, new PdfPoint(LeftColumn, 812), font);
        page.AddText($"Page {number} of 2", 8, new PdfPoint(270, 30), font);
    }

    private static void Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double top, params string[] lines)
    {
        double y = top;
        foreach (string line in lines)
        {
            if (line.Length > 0)
            {
                page.AddText(line, Size, new PdfPoint(x, y), font);
            }

            y -= line.Length > 0 ? Leading : Leading * 0.8;
        }
    }

    private static void Row(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double y, params string[] cells)
    {
        double[] xs = [60, 220, 320, 420];
        for (int i = 0; i < cells.Length; i++)
        {
            page.AddText(cells[i], Size, new PdfPoint(xs[i], y), font);
        }
    }
}
