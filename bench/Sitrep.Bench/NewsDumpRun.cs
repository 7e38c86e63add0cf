using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- news-dump N FILE</c>: writes N generated news
/// reports (stories of 2 to 8 reports over a year, as the ledger bench uses) as a JSON Lines crawler dump
/// that <c>sitrep ingest FILE</c> reads, to time ingest end to end (read, extract, store, stories, ledgers).
/// </summary>
internal static class NewsDumpRun
{
    /// <summary>The generated news stream of this dump (stories of 2 to 8 reports over a year), which the ingest, ledger and provenance benches also read, so their figures are of one corpus.</summary>
    public static SyntheticNewsGenerator Generator(int reports) =>
        new(seed: 1, events: Math.Max(1, reports / 5), minReports: 2, maxReports: 8, fillerParagraphs: 14, spanDays: 365);

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 3)
        {
            output.WriteLine("usage: news-dump N FILE");
            return 2;
        }

        int reports = int.Parse(args[1], CultureInfo.InvariantCulture);
        var generator = Generator(reports);
        using var file = new StreamWriter(args[2]);
        long bytes = 0;
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var report in generator.Reports().Take(reports))
        {
            var article = report.Article;
            string line = JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = article.Id,
                ["title"] = article.Title,
                ["outlet"] = article.Outlet,
                ["published"] = article.Published?.ToIso(),
                ["url"] = article.Url,
                ["text"] = article.Text,
            }, options);
            file.WriteLine(line);
            bytes += article.Text.Length;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {reports:N0} reports ({bytes / 1e6:0.0} M characters of text) to {args[2]}"));
        return 0;
    }
}
