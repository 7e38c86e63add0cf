using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Core.Tables;
using Sitrep.Ingest;
using Sitrep.Ingest.Pdf;
using Sitrep.Testing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sitrep.Bench;

/// <summary>
/// Reading a 40-page two-column PDF report (made here with PdfPig's writer: a running header and a page number on each
/// page, about 4,400 lines) and writing the demo corpus's ledger as xlsx, HXL and CSV.
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- --filter *FormatBenchmarks*</c>
/// </summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    public const int Pages = 40;

    private byte[] _pdf = [];
    private IReadOnlyList<StoryLedger> _ledgers = [];
    private readonly PdfArticleReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _pdf = TwoColumnReport(Pages);
        var pipeline = ExtractionPipeline.CreateDefault();
        using var source = new ReportSource();
        var reports = source.Read([], Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"))
            .Select(o => o.Article!).Select(a => (a, pipeline.Extract(a))).ToList();
        _ledgers = new LedgerPipeline(pipeline.Lexicons).Build(reports);
    }

    [Benchmark]
    public int ReadPdf() => _reader.ReadBytes(_pdf, "bench.pdf", "bench").Article!.Text.Length;

    [Benchmark]
    public long WriteXlsx()
    {
        using var buffer = new MemoryStream();
        LedgerXlsx.Write(buffer, [LedgerTables.Series(_ledgers), LedgerTables.Points(_ledgers)]);
        return buffer.Length;
    }

    [Benchmark]
    public int WriteHxl()
    {
        var writer = new StringWriter();
        LedgerHxl.Write(writer, LedgerTables.Points(_ledgers));
        return writer.GetStringBuilder().Length;
    }

    [Benchmark]
    public int WriteCsv()
    {
        var writer = new StringWriter();
        LedgerCsv.Write(writer, LedgerTables.Points(_ledgers));
        return writer.GetStringBuilder().Length;
    }

    /// <summary>A report of <paramref name="pages"/> pages of two columns of generated sentences, 55 lines each.</summary>
    public static byte[] TwoColumnReport(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        int sentence = 0;
        for (int p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Bench Valley Response Office - Situation Report", 8, new PdfPoint(50, 812), font);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Page {p} of {pages}"), 8, new PdfPoint(270, 30), font);
            foreach (double x in new[] { 50.0, 310.0 })
            {
                var words = new Queue<string>();
                for (int line = 0; line < 55; line++)
                {
                    while (words.Count < 12)
                    {
                        sentence++;
                        foreach (string word in string.Create(CultureInfo.InvariantCulture,
                            $"On day {sentence % 30 + 1} officials in district {sentence % 17} said {sentence * 7 % 900 + 10} people had fled their homes.").Split(' '))
                        {
                            words.Enqueue(word);
                        }
                    }

                    var text = new List<string>();
                    while (words.Count > 0 && string.Join(' ', text.Append(words.Peek())).Length <= 46)
                    {
                        text.Add(words.Dequeue());
                    }

                    page.AddText(string.Join(' ', text), 10, new PdfPoint(x, 780 - (line * 13)), font);
                }
            }
        }

        return builder.Build();
    }
}
