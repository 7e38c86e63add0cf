using System.Text.Json;
using Sitrep.Store;

namespace Sitrep.Web.Stories;

/// <summary>A story's headline figure: the best estimate of one of its main series.</summary>
public sealed record Headline(string Series, string Label, string Measure, double? Best, double? Low, double? High, string Qualifier, string? AsOf);

/// <summary>
/// Headline figures for story lists, read from the ledger the store keeps for each story (written by
/// ingest), so a list of a hundred stories costs a hundred small JSON reads and no ledger builds.
/// </summary>
public static class StoryHeadlines
{
    public const int PerStory = 4;

    /// <summary>The main series' estimates, main series first; empty when the story's ledger was not saved yet.</summary>
    public static IReadOnlyList<Headline> Read(IStoreReader store, string storyId)
    {
        var entry = store.GetLedger(storyId);
        if (entry is null || string.IsNullOrWhiteSpace(entry.Json))
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(entry.Json);
            if (!json.RootElement.TryGetProperty("series", out var series) || series.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return series.EnumerateArray()
                .Where(s => s.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.True
                    && !(s.TryGetProperty("historical", out var h) && h.ValueKind == JsonValueKind.True))
                .Take(PerStory)
                .Select(Parse)
                .ToList();
        }
        catch (JsonException)
        {
            return []; // a damaged cache entry is rebuilt by the next ingest; the list still shows the story
        }
    }

    private static Headline Parse(JsonElement series)
    {
        var estimate = series.GetProperty("estimate");
        return new Headline(
            String(series, "id") ?? "",
            String(series, "label") ?? "",
            String(series, "measure") ?? "",
            Number(estimate, "best"),
            Number(estimate, "low"),
            Number(estimate, "high"),
            String(estimate, "qualifier") ?? "none",
            String(estimate, "as_of"));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
