using System.Text;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>The fixed corpus the extraction benchmarks run over: the first reports of one seed of <see cref="CrisisReportGenerator"/>.</summary>
public static class ExtractionCorpus
{
    public const int Reports = 400;

    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(() => new CrisisReportGenerator(seed: 7).Reports().Take(Reports).ToList());

    public static IReadOnlyList<Article> Load() => Articles.Value;

    /// <summary>Mean report size in UTF-8 bytes.</summary>
    public static double AverageUtf8Bytes => Load().Average(a => Encoding.UTF8.GetByteCount(a.Text));
}
