using System.Text.Json;
using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Core.Tests.Quality;

/// <summary>One extraction fixture: a report we wrote, its metadata and its hand-annotated figures.</summary>
public sealed record Fixture(string Name, Article Article, IReadOnlyList<GoldFigure> Gold, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases)
{
    public static string Folder => Path.Combine(SharedCorpus.RepoRoot, "test", "Sitrep.Core.Tests", "Fixtures", "Extraction");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Fixture Load(string name)
    {
        string dir = Path.Combine(Folder, name);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "meta.json")));
        string? Str(string field) => meta.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var article = new Article
        {
            Id = name,
            Text = File.ReadAllText(Path.Combine(dir, "article.txt")),
            Outlet = Str("outlet"),
            Title = Str("title"),
            Published = TimePoint.TryParse(Str("published"), out var p) ? p : null,
            Language = Str("language"),
        };
        string sources = Path.Combine(dir, "sources.json");
        var aliases = File.Exists(sources)
            ? JsonSerializer.Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(sources))!
                .ToDictionary(k => k.Key, k => (IReadOnlyList<string>)k.Value)
            : new Dictionary<string, IReadOnlyList<string>>();
        return new Fixture(name, article, GoldFigure.Load(Path.Combine(dir, "expected.jsonl")), aliases);
    }

    public static PredictedFigure ToPredicted(Figure f, CodePointOffsets offsets) =>
        new(f.Doc, f.Value, f.Unit, f.Measure.Name(), f.Qualifier.Name(), f.Source, f.AsOf?.ToIso(),
            offsets.Convert(f.Span.Start), offsets.Convert(f.Span.End), f.Text);

    /// <summary>What the default output of <c>sitrep extract</c> holds: no "other", no repeats.</summary>
    public static IEnumerable<PredictedFigure> Extract(ExtractionPipeline pipeline, Article article)
    {
        var offsets = new CodePointOffsets(article.Text);
        return pipeline.Extract(article).Figures
            .Where(f => f.Measure != Measure.Other && !f.Has(FigureFlags.Repeat))
            .Select(f => ToPredicted(f, offsets));
    }
}
