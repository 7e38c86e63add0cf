using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// The real reports of <c>../shared/corpus</c> repeated to a size, as a folder of <c>.txt</c> files and as one JSON
/// Lines dump, for timing <c>sitrep extract</c> on real text: the reference story (karabakh-2023), the 1987 wire
/// archive (reuters-1987), the shootings set (gva-dev) and the main text of the saved web pages (html-pages, as
/// <see cref="ReportSource"/> reads them). The copies are written under the temp folder (never into the repository:
/// the text is third-party) once, and reused while the corpus is unchanged.
/// </summary>
public static class RealCorpusCopy
{
    private static readonly string[] ManifestSets = ["karabakh-2023", "reuters-1987", "gva-dev"];

    private static readonly string[] PageFolders =
        ["html-pages/trafilatura", "html-pages/l3s_gn1/original", "html-pages/readability/wapo-1/source.html", "html-pages/scrapinghub/html"];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder holding <c>../shared</c> (or <c>SITREP_SHARED</c>).</summary>
    public static string SharedFolder => Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } fromEnvironment
        ? fromEnvironment
        : Path.Combine(Sitrep.Testing.SharedCorpus.RepoRoot, "..", "shared");

    /// <summary>Each real report once, in a fixed order.</summary>
    public static IReadOnlyList<Article> Originals()
    {
        string corpus = Path.Combine(SharedFolder, "corpus");
        var articles = new List<Article>();
        using var source = new ReportSource(new ReportSourceOptions { Offline = true });
        foreach (string set in ManifestSets)
        {
            string manifest = Path.Combine(corpus, set, ReportSource.ManifestFileName);
            if (!File.Exists(manifest))
            {
                throw new FileNotFoundException($"The real-report benchmarks need {manifest} (../shared beside the repository, or SITREP_SHARED).", manifest);
            }

            articles.AddRange(source.Read([], manifest).Where(o => o.Article is not null).Select(o => o.Article!));
        }

        articles.AddRange(source.Read(PageFolders.Select(p => Path.Combine(corpus, p))).Where(o => o.Article is not null).Select(o => o.Article!));
        return articles;
    }

    /// <summary>
    /// Writes (unless already there) the originals repeated until they hold at least <paramref name="megabytes"/> MB of
    /// UTF-8 text, under <c>TEMP/sitrep-bench/real-MB</c>: <c>files/</c>, one <c>.txt</c> a report, and <c>dump.jsonl</c>.
    /// </summary>
    public static RealCorpusCopyPaths Ensure(int megabytes)
    {
        string root = Path.Combine(Path.GetTempPath(), "sitrep-bench", string.Create(CultureInfo.InvariantCulture, $"real-{megabytes}"));
        var paths = new RealCorpusCopyPaths(Path.Combine(root, "files"), Path.Combine(root, "dump.jsonl"), Path.Combine(root, "sizes.txt"));
        if (File.Exists(paths.Sizes))
        {
            return paths;
        }

        var originals = Originals();
        long originalBytes = originals.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        int copies = (int)Math.Ceiling(megabytes * 1e6 / originalBytes);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(paths.Files);
        using (var stream = new FileStream(paths.Dump, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            for (int copy = 0; copy < copies; copy++)
            {
                for (int i = 0; i < originals.Count; i++)
                {
                    var article = originals[i];
                    string id = string.Create(CultureInfo.InvariantCulture, $"c{copy:D3}-{i:D4}");
                    File.WriteAllText(Path.Combine(paths.Files, id + ".txt"), article.Text, new UTF8Encoding(false));
                    WriteLine(stream, writer, article, id);
                }
            }
        }

        File.WriteAllText(paths.Sizes, string.Create(CultureInfo.InvariantCulture,
            $"{originals.Count} reports ({originalBytes / 1e6:0.00} MB) x {copies} = {originals.Count * copies} reports, {originalBytes * copies / 1e6:0.0} MB of UTF-8 text\n"));
        return paths;
    }

    private static void WriteLine(FileStream stream, Utf8JsonWriter writer, Article article, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("title", article.Title);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("url", article.Url);
        if (article.Published is { } published)
        {
            writer.WriteString("published", published.ToIso());
        }

        writer.WriteString("text", article.Text);
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        writer.Reset();
    }
}
