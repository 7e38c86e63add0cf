using System.Text;
using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Fuzz;

/// <summary>What the targets share: the extraction pipeline every read report goes through, and the corpus files seeds come from.</summary>
internal static class Reports
{
    /// <summary>Reports under fuzzing are capped like real ones, but smaller, so many run per second.</summary>
    public const long MaxBytes = 256 * 1024;

    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    /// <summary>Extracts figures from every report that was read; failed outcomes are expected, exceptions are findings.</summary>
    public static void Extract(IEnumerable<ReadOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Article is { } article)
            {
                Pipeline.Extract(article);
            }
        }
    }

    /// <summary>The corpus's plain-text reports (the reference story, the 1987 wire archive), at most <paramref name="count"/>.</summary>
    public static IEnumerable<string> Texts(string corpus, int count = 40) =>
        new[] { "karabakh-2023/articles", "reuters-1987/articles" }
            .Select(folder => Path.Combine(corpus, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(count / 2))
            .Select(File.ReadAllText);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The first line of a report, for a title.</summary>
    public static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
