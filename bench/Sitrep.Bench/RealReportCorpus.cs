using System.Text;
using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// Real reports for the extraction benchmarks: the reference story (karabakh-2023, 5 reports), the 1987 wire archive
/// (reuters-1987, 46) and the first of the shootings set (gva-dev), <see cref="ExtractionCorpus.Reports"/> in all, read
/// through their manifests as <c>sitrep extract --manifest</c> reads them. They are third-party text: read from
/// <c>../shared/corpus</c> (or <c>SITREP_SHARED</c>), never copied here.
/// </summary>
public static class RealReportCorpus
{
    private static readonly string[] Sets = ["karabakh-2023", "reuters-1987", "gva-dev"];

    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(Read);

    public static IReadOnlyList<Article> Load() => Articles.Value;

    /// <summary>Mean report size in UTF-8 bytes.</summary>
    public static double AverageUtf8Bytes => Load().Average(a => Encoding.UTF8.GetByteCount(a.Text));

    private static List<Article> Read()
    {
        string shared = RealCorpusCopy.SharedFolder;
        var articles = new List<Article>();
        using var source = new ReportSource();
        foreach (string set in Sets)
        {
            string manifest = Path.Combine(shared, "corpus", set, "manifest.jsonl");
            if (!File.Exists(manifest))
            {
                throw new FileNotFoundException($"The real-report benchmarks need {manifest} (../shared beside the repository, or SITREP_SHARED).", manifest);
            }

            articles.AddRange(source.Read([], manifest).Where(o => o.Article is not null).Select(o => o.Article!));
        }

        return articles.Take(ExtractionCorpus.Reports).ToList();
    }
}
