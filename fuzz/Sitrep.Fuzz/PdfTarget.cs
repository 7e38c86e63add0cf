using Sitrep.Ingest.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sitrep.Fuzz;

/// <summary>PDF reports: PdfPig's parser on broken files, then layout (lines, tables, running lines), then extraction.</summary>
public sealed class PdfTarget : IFuzzTarget
{
    private readonly PdfArticleReader _reader = new(Reports.MaxBytes, maxPages: 50);

    public string Name => "pdf";

    public IReadOnlyList<string> Tokens { get; } =
    [
        "%PDF-1.7\n", "obj", "endobj", "stream\n", "endstream", "xref", "trailer", "startxref", "<< /Type /Page >>", "/Length 99999",
        "BT /F1 10 Tf 50 700 Td (at least 20 people were killed) Tj ET", "(Page 2 of 5) Tj", "[(A) -250 (B)] TJ", "\uFB01", "0 0 0 rg",
        "/Filter /FlateDecode", "R", "<<", ">>", "9999999999 0 obj",
    ];

    /// <summary>One page per corpus text, written by PdfPig in two columns with a running header and a page number.</summary>
    public IEnumerable<byte[]> Seeds(string corpus)
    {
        foreach (string text in Reports.Texts(corpus, 12))
        {
            var builder = new PdfDocumentBuilder();
            var font = builder.AddStandard14Font(Standard14Font.Helvetica);
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Situation Report", 8, new PdfPoint(50, 812), font);
            page.AddText("Page 1 of 1", 8, new PdfPoint(270, 30), font);
            var words = text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string(w.Where(c => c is >= ' ' and <= '~').ToArray())).Where(w => w.Length > 0).Take(600).ToList();
            int at = 0;
            foreach (double x in new[] { 50.0, 310.0 })
            {
                for (int line = 0; line < 50 && at < words.Count; line++)
                {
                    var chunk = words.Skip(at).Take(7).ToList();
                    at += chunk.Count;
                    page.AddText(string.Join(' ', chunk), 9, new PdfPoint(x, 780 - (line * 12)), font);
                }
            }

            yield return builder.Build();
        }
    }

    public void Run(byte[] input) => Reports.Extract([_reader.ReadBytes(input, "fuzz.pdf", "fuzz")]);
}
