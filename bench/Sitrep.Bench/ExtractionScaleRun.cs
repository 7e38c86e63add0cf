using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- extract-scale [N …]</c>: for each N (default
/// 2,000, 20,000 and 200,000), writes N generated reports of 3 to 8 KB to a JSON Lines dump in the temp
/// folder (not timed), then streams the dump through <see cref="ReportSource"/> (as <c>sitrep extract
/// dump.jsonl</c> reads it), extracts every report and writes the figures as JSON Lines to a null
/// stream, on one thread, after a warm-up. Prints MB/s and reports/s (whole loop, and extraction alone) and the process's
/// peak working set after each N: if it stays flat as N grows, memory does not grow with the corpus.
/// </summary>
internal static class ExtractionScaleRun
{
    private const int WarmUpReports = 3_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter output)
    {
        int[] sizes = args.Length > 1
            ? args.Skip(1).Select(a => int.Parse(a.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray()
            : [2_000, 20_000, 200_000];
        var pipeline = ExtractionPipeline.CreateDefault();

        // Tiered compilation needs a few thousand calls to settle; without a warm-up the first run measures the JIT.
        foreach (var article in new CrisisReportGenerator(seed: 3).Reports().Take(WarmUpReports))
        {
            pipeline.Extract(article);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after a warm-up of {WarmUpReports:N0} reports; one thread; dump written to {Path.GetTempPath()} before each run (not timed)"));
        output.WriteLine("reports    MB in   total s  extract s   MB/s (all / extract)   reports/s (all / extract)   figures   peak working set   GC heap after");
        foreach (int size in sizes)
        {
            string dump = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"sitrep-extract-scale-{Environment.ProcessId}-{size}.jsonl"));
            try
            {
                WriteDump(dump, size);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var result = Stream(dump, pipeline);
                using var process = Process.GetCurrentProcess();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Reports,7:N0}  {result.Bytes / 1e6,7:N1}  {result.Total.TotalSeconds,8:0.0}  {result.Extract.TotalSeconds,9:0.0}   {result.Bytes / 1e6 / result.Total.TotalSeconds,7:0.00} / {result.Bytes / 1e6 / result.Extract.TotalSeconds,-7:0.00}        {result.Reports / result.Total.TotalSeconds,7:N0} / {result.Reports / result.Extract.TotalSeconds,-7:N0}        {result.Figures,9:N0}   {process.PeakWorkingSet64 / 1e6,10:N0} MB      {GC.GetTotalMemory(forceFullCollection: true) / 1e6,6:N0} MB"));
                if (result.Failures > 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"         ({result.Failures} dump lines failed to read)"));
                }
            }
            finally
            {
                File.Delete(dump);
            }
        }

        return 0;
    }

    private static void WriteDump(string path, int reports)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        foreach (var article in new CrisisReportGenerator(seed: 11).Reports().Take(reports))
        {
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("outlet", article.Outlet);
            writer.WriteString("published", article.Published!.Value.Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            writer.WriteString("text", article.Text);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    private static ScaleResult Stream(string dump, ExtractionPipeline pipeline)
    {
        var total = Stopwatch.StartNew();
        var extract = new Stopwatch();
        long bytes = 0;
        int reports = 0, figures = 0, failures = 0;
        using var sink = new BufferedStream(System.IO.Stream.Null, 1 << 16);
        using var writer = new Utf8JsonWriter(sink, WriterOptions);
        using var source = new ReportSource(new ReportSourceOptions { Offline = true });
        foreach (var outcome in source.Read([dump]))
        {
            if (outcome.Article is not { } article)
            {
                failures++;
                continue;
            }

            extract.Start();
            var result = pipeline.Extract(article);
            extract.Stop();
            var offsets = new CodePointOffsets(article.Text);
            foreach (var figure in result.Figures)
            {
                if (figure.Measure == Measure.Other || figure.Has(FigureFlags.Repeat))
                {
                    continue;
                }

                FigureJson.Write(writer, figure, offsets);
                writer.Flush();
                sink.WriteByte((byte)'\n');
                writer.Reset();
                figures++;
            }

            reports++;
            bytes += Encoding.UTF8.GetByteCount(article.Text);
        }

        return new ScaleResult(reports, bytes, figures, failures, total.Elapsed, extract.Elapsed);
    }

    private sealed record ScaleResult(int Reports, long Bytes, int Figures, int Failures, TimeSpan Total, TimeSpan Extract);
}
