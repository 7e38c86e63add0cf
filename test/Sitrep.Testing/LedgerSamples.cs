using Sitrep.Core;
using Sitrep.Core.Ledger;

namespace Sitrep.Testing;

/// <summary>
/// Hand-made ledgers for output tests, so they do not depend on the ledger logic: points with their
/// evidence sentences, series, and a fictional dam-collapse story with a revision, a conflict, echoes,
/// an open-ended hedge, an undated point, money and a share.
/// </summary>
public static class LedgerSamples
{
    /// <summary>A point whose figure sits in <paramref name="sentence"/> (default "Officials said {quote} people died.") starting at <paramref name="at"/> in its report.</summary>
    public static LedgerPoint Point(
        string doc,
        double value,
        Qualifier qualifier = Qualifier.None,
        string? asOf = "2026-04-14",
        string? source = "Interior Ministry",
        string? outlet = "Calvenian Press Agency",
        string? published = "2026-04-14T09:30",
        bool independent = true,
        string? echoOf = null,
        string unit = Vocabulary.People,
        Measure measure = Measure.Killed,
        string? quote = null,
        string? sentence = null,
        int at = 120,
        FigureFlags flags = FigureFlags.None)
    {
        quote ??= value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        sentence ??= $"Officials said {quote} people died.";
        int offset = sentence.IndexOf(quote, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"the sentence does not hold the quote '{quote}'", nameof(sentence));
        }

        var figure = new Figure
        {
            Doc = doc,
            Value = value,
            Unit = unit,
            Measure = measure,
            Qualifier = qualifier,
            Source = source,
            AsOf = Time(asOf),
            Event = "flood",
            Span = new TextSpan(at + offset, quote.Length),
            SentenceSpan = new TextSpan(at, sentence.Length),
            Text = sentence,
            Quote = quote,
            Flags = flags,
        };
        return new LedgerPoint(figure, outlet, Time(published), independent, echoOf);
    }

    public static Series Series(
        string label,
        IReadOnlyList<LedgerPoint> points,
        EstimateDecision? estimate = null,
        IReadOnlyList<SeriesRelation>? relations = null,
        SeriesFlags flags = SeriesFlags.None,
        Measure measure = Measure.Killed,
        string unit = Vocabulary.People,
        bool main = true,
        string? id = null)
    {
        var last = points.Count == 0 ? null : points[^1];
        estimate ??= last is null ? EstimateDecision.Empty : Decision(points, last, last.Value, last.Value, EstimateRule.Latest);
        return new Series(
            id ?? $"{measure.Name()}-{unit}-flood",
            label,
            measure,
            unit,
            "flood",
            null,
            Historical: false,
            Main: main,
            points,
            relations ?? [],
            estimate,
            flags)
        {
            Kind = measure is Measure.AidMoney or Measure.AidGoods ? MeasureKind.Additive : MeasureKind.Cumulative,
        };
    }

    /// <summary>A decision that chose <paramref name="chosen"/> among <paramref name="points"/> (each its own claim), optionally revising <paramref name="revisedFrom"/>.</summary>
    public static EstimateDecision Decision(IReadOnlyList<LedgerPoint> points, LedgerPoint chosen, double low, double high, EstimateRule rule, LedgerPoint? revisedFrom = null)
    {
        var claims = points.Select(Claim).ToList();
        var pick = claims[points.ToList().IndexOf(chosen)];
        var revised = revisedFrom is null ? null : claims[points.ToList().IndexOf(revisedFrom)];
        var excluded = revised is null ? [] : new List<ClaimExclusion> { new(revised, ExclusionReason.RevisedAway, pick) };
        return new EstimateDecision(chosen.Value, low, high, chosen.AsOf ?? chosen.Published, chosen.Qualifier, chosen.Source, rule,
            pick, [pick], claims, excluded, revised);
    }

    private static Claim Claim(LedgerPoint point) =>
        new(point, [], point.Source ?? point.Outlet ?? point.Doc, point.Source is null ? SourceTier.Unsourced : SourceTier.Official,
            (point.AsOf ?? point.Published)?.Value ?? DateTime.MinValue);

    public static LedgerArticle Article(string id, string outlet, string published, string? title = null, string? url = null, string? copyOf = null, string? copyKind = null) =>
        new(id, title ?? $"Report {id}", outlet, url ?? $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example.org/{id}", Time(published), copyOf, copyKind, []);

    /// <summary>
    /// The fictional Korvan dam collapse: killed (rising, a conflict between ministry and governor, a
    /// revision down from 58 to 53, an echo), displaced (large, hedged, one "at least" with no upper
    /// bound, one point without as-of), aid in euros, and the share of Sulin's houses damaged.
    /// </summary>
    public static StoryLedger Korvan()
    {
        var articles = new List<LedgerArticle>
        {
            Article("cpa-1", "Calvenian Press Agency", "2026-04-14T09:30"),
            Article("radio-2", "Radio Varek", "2026-04-14T19:45"),
            Article("herald-6", "Brenn Herald", "2026-04-15T18:00"),
            Article("digest-7", "NewsFlow Digest", "2026-04-16T08:00", copyOf: "herald-6", copyKind: "reworded"),
            Article("herald-9", "Brenn Herald", "2026-04-16T17:30"),
            Article("dispatch-11", "Global Dispatch", "2026-04-17T13:00"),
        };
        var k12 = Point("cpa-1", 12, Qualifier.AtLeast, "2026-04-14", "Varek Civil Protection", "Calvenian Press Agency", "2026-04-14T09:30", quote: "12", sentence: "At least 12 people were killed when the dam gave way.");
        var k27 = Point("radio-2", 27, asOf: "2026-04-14", outlet: "Radio Varek", published: "2026-04-14T19:45");
        var k41 = Point("herald-6", 41, asOf: "2026-04-15", outlet: "Brenn Herald", published: "2026-04-15T18:00", at: 300);
        var k75 = Point("herald-6", 75, Qualifier.AtLeast, "2026-04-15", "Varek governor", "Brenn Herald", "2026-04-15T18:00", at: 500,
            sentence: "The governor said at least 75 had died.", quote: "75");
        var k41echo = Point("digest-7", 41, asOf: "2026-04-15", outlet: "NewsFlow Digest", published: "2026-04-16T08:00", independent: false, echoOf: k41.Figure.Id, at: 310);
        var k58 = Point("herald-9", 58, asOf: "2026-04-16", outlet: "Brenn Herald", published: "2026-04-16T17:30");
        var k53 = Point("dispatch-11", 53, asOf: "2026-04-17", outlet: "Global Dispatch", published: "2026-04-17T13:00",
            sentence: "The toll was revised down to 53, since five victims had been counted twice.", quote: "53");
        var killed = Series(
            "killed in the flood",
            [k12, k27, k41, k75, k41echo, k58, k53],
            Decision([k12, k27, k41, k75, k41echo, k58, k53], k53, 53, 75, EstimateRule.Revision, k58),
            [
                new SeriesRelation(RelationKind.Conflict, k41.Figure.Id, k75.Figure.Id, "ministry and governor disagree on April 15"),
                new SeriesRelation(RelationKind.Echo, k41.Figure.Id, k41echo.Figure.Id, "reworded copy"),
                new SeriesRelation(RelationKind.Revision, k58.Figure.Id, k53.Figure.Id, "five victims counted twice"),
            ],
            SeriesFlags.Revised | SeriesFlags.Conflicting);

        var d1 = Point("cpa-1", 15000, Qualifier.Approximately, "2026-04-14", "Varek Civil Protection", measure: Measure.Displaced, at: 700, quote: "15,000",
            sentence: "About 15,000 people were evacuated.");
        var d2 = Point("radio-2", 22000, asOf: null, outlet: "Radio Varek", published: "2026-04-14T19:45", measure: Measure.Displaced, at: 800, quote: "22,000",
            sentence: "Some 22,000 people have left their homes.");
        var d3 = Point("herald-9", 1_250_000, Qualifier.MoreThan, "2026-04-16", outlet: "Brenn Herald", published: "2026-04-16T17:30", measure: Measure.Displaced, at: 900,
            quote: "1.25 million", sentence: "More than 1.25 million people are affected downstream.");
        var displaced = Series("people out of their homes", [d1, d2, d3],
            Decision([d1, d2, d3], d3, 1_250_000, double.PositiveInfinity, EstimateRule.Latest),
            flags: SeriesFlags.Rising, measure: Measure.Displaced);

        var eu = Point("cpa-1", 3_000_000, asOf: "2026-04-15", source: "European Union", measure: Measure.AidMoney, unit: "EUR", at: 1000, quote: "€3 million",
            sentence: "The EU pledged €3 million in emergency aid.");
        var aid = Series("aid pledged by the European Union", [eu], measure: Measure.AidMoney, unit: "EUR", main: false, flags: SeriesFlags.SingleSource);

        var share = Point("dispatch-11", 40, Qualifier.Nearly, "2026-04-17", "engineers", "Global Dispatch", "2026-04-17T13:00", measure: Measure.HousesDamaged,
            unit: Vocabulary.Percent, at: 1200, quote: "40%", sentence: "Engineers said nearly 40% of the houses in Sulin were damaged.");
        var houses = Series("share of Sulin's houses damaged", [share], measure: Measure.HousesDamaged, unit: Vocabulary.Percent, main: false);

        return new StoryLedger("st-korvan", "Dam bursts in northern Calvenia", articles, [killed, displaced, aid, houses]);
    }

    public static TimePoint? Time(string? iso) =>
        iso is null ? null : TimePoint.TryParse(iso, out var time) ? time : throw new ArgumentException($"not a time: {iso}", nameof(iso));
}
