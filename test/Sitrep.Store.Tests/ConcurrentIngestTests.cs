using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// Several real <c>sitrep ingest</c> processes writing to one store at the same time (the way Sitrep scales
/// past one machine) form exactly the stories one process forms from the same reports, and store each report once.
/// </summary>
public sealed class ConcurrentIngestTests : IDisposable
{
    private const int Events = 8;
    private const int ReportsPerEvent = 25;

    /// <summary>Made-up events far apart in place, kind and wording, so any order of arrival groups them the same way.</summary>
    private static readonly (string Place, string Region, string Kind, string Verb, string Measure, string Agency)[] Kinds =
    [
        ("Velmora", "Ostrand", "earthquake", "struck", "killed", "Ostrand Civil Defence"),
        ("Karsk", "Pellmarsh", "ferry sinking", "capsized near", "drowned", "Pellmarsh Coast Guard"),
        ("Dunraith", "Westmoor", "mine explosion", "tore through", "trapped", "Westmoor Mining Board"),
        ("Tallowby", "Kessin", "flood", "inundated", "displaced", "Kessin Water Authority"),
        ("Quarnel", "Brisa", "warehouse fire", "gutted", "injured", "Brisa Fire Service"),
        ("Hollenfar", "Serrat", "cholera outbreak", "spread through", "infected", "Serrat Health Ministry"),
        ("Mirrowgate", "Anvers Vale", "landslide", "buried", "missing", "Anvers Vale Rescue Corps"),
        ("Sunderholt", "Tyrrin", "train derailment", "wrecked", "hospitalized", "Tyrrin Rail Inspectorate"),
    ];

    private static readonly string[] Outlets = ["Wire One", "Daily Ledger", "Evening Post", "Global Radio", "Metro Times", "Capital Herald", "News Desk", "Morning Star", "Harbour Gazette"];

    private readonly TempFolder _folder = new("sitrep-workers");
    private readonly PostgresSchema _single = new();
    private readonly PostgresSchema _shared = new();

    [Fact]
    public void Three_workers_on_one_postgresql_store_form_the_stories_one_worker_forms()
    {
        var reports = WriteReports();
        Ingest(_single.ConnectionString, [Manifest("all", reports)]);

        Ingest(_shared.ConnectionString, [.. Enumerable.Range(0, 3).Select(k => Manifest($"worker-{k}", Share(reports, k, 3)))]);

        AssertSameStories(_single.ConnectionString, _shared.ConnectionString, reports.Count);
    }

    [Fact]
    public void Two_workers_on_one_sqlite_file_form_the_stories_one_worker_forms()
    {
        var reports = WriteReports();
        string single = Path.Combine(_folder.Path, "single.db"), shared = Path.Combine(_folder.Path, "shared.db");
        Ingest(single, [Manifest("all", reports)]);

        Ingest(shared, [.. Enumerable.Range(0, 2).Select(k => Manifest($"worker-{k}", Share(reports, k, 2)))]);

        AssertSameStories(single, shared, reports.Count);
    }

    [Fact]
    public void Workers_given_the_same_reports_store_each_once_in_the_stories_one_worker_forms()
    {
        var reports = WriteReports();
        string single = Path.Combine(_folder.Path, "single.db"), shared = Path.Combine(_folder.Path, "shared.db");
        Ingest(single, [Manifest("all", reports)]);

        Ingest(shared, [Manifest("first", reports), Manifest("second", reports)]);

        AssertSameStories(single, shared, reports.Count);
    }

    /// <summary>Worker <paramref name="k"/>'s share of <paramref name="workers"/>: every event's reports dealt out in turn, so each event reaches every worker.</summary>
    private static IEnumerable<string> Share(List<string> reports, int k, int workers) =>
        reports.Where((_, i) => ((i / Events) + (i % Events)) % workers == k);

    private static void AssertSameStories(string single, string shared, int reportCount)
    {
        using var one = StoreFactory.Open(single);
        using var many = StoreFactory.Open(shared);
        var expected = Partition(one);
        var actual = Partition(many);

        Assert.Equal(Events, expected.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(new StoreCounts(reportCount, reportCount, 0, Events, 0), many.Count() with { Figures = 0 });
        Assert.Empty(many.CheckIntegrity());
    }

    /// <summary>Each story as the sorted ids of its reports, the stories sorted: what grouping decided, whatever the story ids.</summary>
    private static List<string> Partition(ISitrepStore store) =>
        store.ListStories(limit: 1000)
            .Select(s => string.Join(" ", store.GetStory(s.Id)!.Articles.Select(a => a.Article.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes the reports, one file each, in publication order, and returns their manifest lines.</summary>
    private List<string> WriteReports()
    {
        var lines = new List<string>();
        var start = new DateTime(2026, 2, 1, 6, 0, 0);
        for (int r = 0; r < ReportsPerEvent; r++)
        {
            for (int e = 0; e < Events; e++)
            {
                var (place, region, kind, verb, measure, agency) = Kinds[e];
                int toll = 10 + (e * 7) + (r * 3);
                string outlet = Outlets[(e + r) % Outlets.Length];
                string title = r % 2 == 0 ? $"{MadeUpNames.Capitalize(kind)} in {place}: {toll} {measure}" : $"{place} {kind}: toll rises to {toll}";
                string text = string.Create(CultureInfo.InvariantCulture,
                    $"{title}\n\nA {kind} {verb} {place} in {region} province. At least {toll} people were {measure}, the {agency} said on day {r + 1} of the emergency.\n\n" +
                    $"Crews from {region} and volunteers from {place} kept working through the night, and the {agency} said more help was on its way to {place}.\n");
                string id = string.Create(CultureInfo.InvariantCulture, $"{place.ToLowerInvariant()}-{r}");
                _folder.File($"reports/{id}.txt", text);
                var published = start.AddDays(e * 3 + r * 0.25);
                lines.Add(JsonSerializer.Serialize(new
                {
                    id,
                    file = $"reports/{id}.txt",
                    outlet,
                    published = published.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                    title,
                }));
            }
        }

        return lines;
    }

    private string Manifest(string name, IEnumerable<string> lines) => _folder.File($"{name}.jsonl", string.Join("\n", lines) + "\n");

    /// <summary>Runs one <c>sitrep ingest</c> process per manifest, all at once, and waits for them.</summary>
    private void Ingest(string db, IReadOnlyList<string> manifests)
    {
        var processes = manifests.Select(m => Start(db, m)).ToList();
        try
        {
            var errors = processes.Select(p => p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)).ToList();
            foreach (var (process, error) in processes.Zip(errors))
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "an ingest worker did not finish in two minutes");
                Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {error.GetAwaiter().GetResult()}");
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }

    private Process Start(string db, string manifest) =>
        SitrepProcess.Start(_folder.Path, "ingest", "--manifest", manifest, "--db", db, "--parallel", "1");

    public void Dispose()
    {
        _single.Dispose();
        _shared.Dispose();
        _folder.Dispose();
    }
}
