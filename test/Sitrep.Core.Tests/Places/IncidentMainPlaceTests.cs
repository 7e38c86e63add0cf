using System.Text.Json;
using Sitrep.Core.Places;
using Sitrep.Ingest;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The story's main place on real incident reports (../shared/corpus/gva-dev: 300 US shootings, each with the city and
/// state the Gun Violence Archive gives): the main place of the incident's reports names that state and city. The
/// issue's bar is 0.80 for city and state; measured 0.817 (state alone 0.943) in the fourteenth session, 0.823 (0.947) in the nineteenth. Of the misses, 8 are counties in the gold
/// ("Noble County"), which a report naming only its county leaves at the state; the rest are reports that name the
/// incident's town once without a cue or not at all, towns no post office names, and gold that names the mailing city
/// of a neighbourhood or suburb the report names ("Sacramento" for North Highlands).
/// </summary>
public sealed class IncidentMainPlaceTests(ITestOutputHelper output)
{
    [Fact]
    public void The_main_place_of_an_incident_is_its_city_and_state_for_four_incidents_in_five_and_its_state_for_more_than_nine_in_ten()
    {
        string corpus = SharedCorpus.Require("corpus/gva-dev");
        var pipeline = ExtractionPipeline.CreateDefault();
        var gazetteer = pipeline.Lexicons.Gazetteer.Value;
        using var source = new ReportSource();
        var places = source.Read([], Path.Combine(corpus, "manifest.jsonl"), TestContext.Current.CancellationToken)
            .Select(o => o.Article ?? throw new InvalidOperationException(o.Failure!.ToString()))
            .ToDictionary(a => a.Id, a => pipeline.Extract(a, TestContext.Current.CancellationToken).Place, StringComparer.Ordinal);
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "gold", "stories.json")));

        int right = 0, rightState = 0, total = 0;
        foreach (var incident in gold.RootElement.EnumerateObject())
        {
            total++;
            var docs = incident.Value.GetProperty("docs").EnumerateArray().Select(d => d.GetString()!).ToList();
            var main = MainPlace.Of(docs.Select(d => places.GetValueOrDefault(d)));
            string city = incident.Value.GetProperty("city").GetString()!;
            string state = incident.Value.GetProperty("state").GetString()!;
            var states = gazetteer.Lookup(state).Where(e => e.Precision == PlacePrecision.Admin1 && e.Country == "US").Select(e => e.Admin1).ToList();
            bool stateRight = main?.Admin1 is { } a && states.Contains(a);
            rightState += stateRight ? 1 : 0;
            if (stateRight && main!.Precision == PlacePrecision.Place && SameTown(city, main.Name))
            {
                right++;
            }
            else
            {
                output.WriteLine($"{incident.Name}: gold {city}, {state}; read {main?.Name ?? "none"} {main?.Admin1}");
            }
        }

        double share = (double)right / total, stateShare = (double)rightState / total;
        output.WriteLine($"city and state right for {right} of {total} incidents ({share:0.000}); state right for {rightState} ({stateShare:0.000})");
        Assert.True(share >= 0.80, $"city and state right for {share:0.000} of incidents, under 0.80");
        Assert.True(stateShare >= 0.92, $"state right for {stateShare:0.000} of incidents, under 0.92");
    }

    /// <summary>GVA writes "Salt Lake City (Cottonwood Heights)" for a town within a city, and "Saint Louis" for St. Louis.</summary>
    private static bool SameTown(string gold, string read)
    {
        static string Fold(string s) => s.Replace("Saint ", "St. ", StringComparison.Ordinal).Replace("Fort ", "Ft. ", StringComparison.Ordinal).Trim();
        var names = gold.Split('(', ')').Select(n => n.Trim()).Where(n => n.Length > 0);
        return names.Any(n => string.Equals(Fold(n), Fold(read), StringComparison.OrdinalIgnoreCase));
    }
}
