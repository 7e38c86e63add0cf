using System.Text.Json;
using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Output;

public sealed class LedgerJsonTests
{
    private static readonly string[] StoryFields = ["id", "title", "articles", "series"];
    private static readonly string[] SeriesFields = ["id", "measure", "unit", "event", "subject", "historical", "points", "estimate", "flags"];
    private static readonly string[] PointFields = ["doc", "value", "qualifier", "as_of", "source", "text", "start", "end", "independent"];
    private static readonly string[] EstimateFields = ["best", "low", "high", "as_of", "basis"];

    [Fact]
    public void Every_required_field_is_written_with_its_type()
    {
        var story = LedgerSamples.Korvan();

        using var json = Parse([story]);

        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var only = Assert.Single(stories);
        AssertFields(only, StoryFields);
        Assert.Equal("st-korvan", only.GetProperty("id").GetString());
        Assert.Equal(story.Articles.Select(a => a.Id), only.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        var series = only.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(story.Series.Count, series.Count);
        foreach (var (element, expected) in series.Zip(story.Series))
        {
            AssertFields(element, SeriesFields);
            Assert.Equal(expected.Id, element.GetProperty("id").GetString());
            Assert.Equal(expected.Measure.Name(), element.GetProperty("measure").GetString());
            Assert.Equal(expected.Unit, element.GetProperty("unit").GetString());
            Assert.Equal(JsonValueKind.False, element.GetProperty("historical").ValueKind);
            Assert.Equal(EstimateText.Flags(expected.Flags), element.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
            AssertFields(element.GetProperty("estimate"), EstimateFields);
            var points = element.GetProperty("points").EnumerateArray().ToList();
            Assert.Equal(expected.Points.Count, points.Count);
            foreach (var (point, model) in points.Zip(expected.Points))
            {
                AssertFields(point, PointFields);
                Assert.Equal(model.Doc, point.GetProperty("doc").GetString());
                Assert.Equal(model.Value, point.GetProperty("value").GetDouble());
                Assert.Equal(model.Qualifier.Name(), point.GetProperty("qualifier").GetString());
                Assert.Equal(model.AsOf?.ToIso(), point.GetProperty("as_of").GetString());
                Assert.Equal(model.Source, point.GetProperty("source").GetString());
                Assert.Equal(model.Figure.Text, point.GetProperty("text").GetString());
                Assert.Equal(model.Figure.Span.Start, point.GetProperty("start").GetInt32());
                Assert.Equal(model.Figure.Span.End, point.GetProperty("end").GetInt32());
                Assert.Equal(model.Independent, point.GetProperty("independent").GetBoolean());
            }
        }
    }

    [Fact]
    public void An_open_ended_hedge_writes_null_for_its_missing_upper_bound()
    {
        var atLeast = LedgerSamples.Point("a", 68, Qualifier.AtLeast, sentence: "At least 68 people died.", quote: "68");
        var series = LedgerSamples.Series("killed", [atLeast],
            LedgerSamples.Decision([atLeast], atLeast, 68, double.PositiveInfinity, EstimateRule.OnlyClaim));

        using var json = Parse([Story(series)]);

        var element = FirstSeries(json);
        var point = element.GetProperty("points")[0];
        Assert.Equal(68, point.GetProperty("low").GetDouble());
        Assert.Equal(JsonValueKind.Null, point.GetProperty("high").ValueKind);
        Assert.Equal(68, element.GetProperty("estimate").GetProperty("low").GetDouble());
        Assert.Equal(JsonValueKind.Null, element.GetProperty("estimate").GetProperty("high").ValueKind);
    }

    [Fact]
    public void A_series_without_as_of_times_writes_null_times()
    {
        var undated = LedgerSamples.Point("a", 12, asOf: null, published: null);
        var series = LedgerSamples.Series("killed", [undated], EstimateDecision.Empty);

        using var json = Parse([Story(series)]);

        var element = FirstSeries(json);
        Assert.Equal(JsonValueKind.Null, element.GetProperty("points")[0].GetProperty("as_of").ValueKind);
        var estimate = element.GetProperty("estimate");
        Assert.Equal(JsonValueKind.Null, estimate.GetProperty("as_of").ValueKind);
        Assert.All(["best", "low", "high"], name => Assert.Equal(JsonValueKind.Null, estimate.GetProperty(name).ValueKind));
    }

    [Fact]
    public void Offsets_count_code_points_of_the_report_text()
    {
        // Two characters outside the Basic Multilingual Plane before the sentence: UTF-16 counts each twice.
        string text = "🌊🌊 Officials said 41 people died.";
        int at = text.IndexOf("Officials", StringComparison.Ordinal);
        var point = LedgerSamples.Point("doc-1", 41, at: at);
        Assert.Equal("41", text.Substring(point.Figure.Span.Start, point.Figure.Span.Length));

        using var json = Parse([Story(LedgerSamples.Series("killed", [point]))], new Dictionary<string, string> { ["doc-1"] = text });

        var written = FirstSeries(json).GetProperty("points")[0];
        Assert.Equal(point.Figure.Span.Start - 2, written.GetProperty("start").GetInt32());
        Assert.Equal(point.Figure.Span.End - 2, written.GetProperty("end").GetInt32());
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        Assert.Equal("41", string.Concat(codePoints.Skip(written.GetProperty("start").GetInt32()).Take(2)));
    }

    [Fact]
    public void Echoes_and_relations_are_written_with_the_figure_they_repeat()
    {
        using var json = Parse([LedgerSamples.Korvan()]);

        var killed = FirstSeries(json);
        var echo = killed.GetProperty("points").EnumerateArray().Single(p => !p.GetProperty("independent").GetBoolean());
        Assert.Equal("herald-6:315", echo.GetProperty("echo_of").GetString());
        var kinds = killed.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["conflict", "echo", "revision"], kinds);
    }

    private static StoryLedger Story(Series series) =>
        new("st-1", "A story", [LedgerSamples.Article("a", "Outlet", "2026-04-14")], [series]);

    private static JsonDocument Parse(IReadOnlyList<StoryLedger> stories, IReadOnlyDictionary<string, string>? texts = null)
    {
        var output = new StringWriter();
        LedgerJson.Write(output, stories, texts);
        return JsonDocument.Parse(output.ToString());
    }

    private static JsonElement FirstSeries(JsonDocument json) => json.RootElement.GetProperty("stories")[0].GetProperty("series")[0];

    private static void AssertFields(JsonElement element, IEnumerable<string> names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (string name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing field '{name}' in {element}");
        }
    }
}
