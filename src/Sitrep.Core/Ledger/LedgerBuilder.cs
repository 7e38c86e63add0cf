using System.Globalization;
using System.Text;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Provenance;

namespace Sitrep.Core.Ledger;

/// <summary>
/// Builds a story's ledger from its reports and their figures: series of figures that count the same
/// thing, parts linked to their whole, how the figures relate (growth, revision, conflict, corroboration,
/// echo) and the best estimate of each as an explainable decision. Sources arrive resolved by attribution;
/// the ledger never renames them. Pure and thread-safe.
/// </summary>
public sealed class LedgerBuilder
{
    private static readonly Measure[] MeasureOrder =
    [
        Measure.Killed, Measure.Injured, Measure.Missing, Measure.Displaced, Measure.Hospitalized, Measure.Affected,
        Measure.HousesDestroyed, Measure.HousesDamaged, Measure.Registered, Measure.Identified, Measure.Detained,
        Measure.Population, Measure.AidMoney, Measure.AidGoods,
    ];

    private readonly LexiconSet _lexicons;
    private readonly LedgerLexicon _ledger;
    private readonly SeriesKeyReader _keys;
    private readonly ClaimBuilder _claims;
    private readonly EstimateCalculator _estimates = new();

    public LedgerBuilder(LexiconSet? lexicons = null)
    {
        _lexicons = lexicons ?? LexiconSet.Default;
        _ledger = _lexicons.Ledger;
        _keys = new SeriesKeyReader(_lexicons, _ledger);
        _claims = new ClaimBuilder(_ledger);
    }

    /// <param name="figures">Every figure of the story's reports, with sources as attribution resolved them.</param>
    public StoryLedger Build(string storyId, string title, IReadOnlyList<Article> articles, IReadOnlyList<Figure> figures, StoryProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(provenance);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ledgerArticles = articles
            .OrderBy(a => a.Published?.Latest ?? DateTime.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => Describe(a, provenance.Find(a.Id)))
            .ToList();

        // A bracketed conversion is the same amount, and a repeated paragraph the same figure: neither is a point.
        var counted = figures
            .Where(f => f.Measure != Measure.Other && f.ConversionOf is null && !f.Has(FigureFlags.Repeat))
            .ToList();
        // Only figures of the same value, measure and unit can be echoes of each other.
        var alike = counted.ToLookup(f => (f.Value, f.Measure, f.Unit));
        var points = counted.Select(f =>
        {
            var origin = provenance.Judge(f, alike[(f.Value, f.Measure, f.Unit)]);
            var article = byId.GetValueOrDefault(f.Doc);
            return new LedgerPoint(f, article?.Outlet, article?.Published, !origin.IsEcho, origin.EchoOf);
        }).ToList();
        return Build(storyId, title, ledgerArticles, articles, points);
    }

    /// <summary>The ledger of points whose provenance is already judged (the spec tests give it by hand).</summary>
    internal StoryLedger Build(string storyId, string title, IReadOnlyList<LedgerArticle> ledgerArticles, IReadOnlyList<Article> articles, List<LedgerPoint> points)
    {
        var groups = Group(points, articles);
        CountTheShotOnce(groups);
        var series = new List<Series>(groups.Count);
        foreach (var (key, members) in groups)
        {
            series.Add(BuildSeries(key, members));
        }

        LinkParts(series, groups.Select(g => g.Key).ToList());
        MarkMain(series);
        var ordered = series
            .OrderBy(s => s.Main ? 0 : 1)
            .ThenBy(s => s.Historical ? 1 : 0)
            .ThenBy(s => Array.IndexOf(MeasureOrder, s.Measure))
            .ThenByDescending(s => s.Points.Count)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new StoryLedger(storyId, title, ledgerArticles, ordered);
    }

    private static LedgerArticle Describe(Article article, ArticleProvenance? provenance)
    {
        var copy = provenance?.Copies.OrderByDescending(c => c.Similarity).FirstOrDefault();
        return new LedgerArticle(article.Id, article.Title, article.Outlet, article.Url, article.Published,
            copy?.SourceId, copy is null ? null : KindName(copy.Kind), provenance?.Wires ?? []);
    }

    private static string KindName(CopyKind kind) => kind switch
    {
        CopyKind.Verbatim => "verbatim",
        CopyKind.LightlyEdited => "lightly-edited",
        CopyKind.SharedParagraphs => "shared-paragraphs",
        CopyKind.Reworded => "reworded",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Groups points by what they count. A point that names no event joins the one group that counts the
    /// same thing with an event; one that names a side ("ethnic Armenians") joins a group without a side
    /// that holds the same value (both report the same count); a pledge named by two people, or by nobody,
    /// joins the pledge of the same amount.
    /// </summary>
    private List<(SeriesKey Key, List<LedgerPoint> Points)> Group(List<LedgerPoint> points, IReadOnlyList<Article> articles)
    {
        var groups = new Dictionary<SeriesKey, List<LedgerPoint>>();
        bool sides = points.Any(p => _ledger.HasSides(p.Figure.Event));
        foreach (var point in points)
        {
            var key = _keys.Read(point.Figure, sides);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(point);
        }

        // Within a story, counts of one family of events are one event: the dam's "collapse", the
        // "flood" and the "disaster" are the same; an "offensive" in a story of an "explosion" is not.
        // Points that name no event join the story's main event of their kind.
        foreach (var bucket in groups.Keys.GroupBy(k => k with { Event = null }).ToList())
        {
            var withEvent = bucket.Where(k => k.Event is not null).ToList();
            if (withEvent.Count == 0)
            {
                continue;
            }

            var dominant = withEvent
                .OrderByDescending(k => Family(k.Event) is "generic" or "any" ? 0 : 1)
                .ThenByDescending(k => groups[k].Count)
                .ThenBy(k => k.Event, StringComparer.Ordinal)
                .First();
            string dominantFamily = Family(dominant.Event);
            foreach (var key in bucket)
            {
                string family = Family(key.Event);
                if (key != dominant && (family is "generic" or "any" || family == dominantFamily || dominantFamily is "generic" or "any"))
                {
                    groups[dominant].AddRange(groups[key]);
                    groups.Remove(key);
                }
            }
        }

        // Displacement that says neither "crossed" nor "evacuated" ("fled") joins the larger of the two kinds.
        foreach (var bucket in groups.Keys.GroupBy(k => k with { Aspect = null }).ToList())
        {
            var unsaid = bucket.FirstOrDefault(k => k.Aspect is null);
            var said = bucket.Where(k => k.Aspect is not null).OrderByDescending(k => groups[k].Count).ThenBy(k => k.Aspect, StringComparer.Ordinal).FirstOrDefault();
            if (unsaid is not null && said is not null)
            {
                groups[said].AddRange(groups[unsaid]);
                groups.Remove(unsaid);
            }
        }

        // A side-specific group without an event that shares a value with a side-less group of the same measure joins it.
        foreach (var key in groups.Keys.Where(k => k.Event is null && k.Side is not null).ToList())
        {
            var values = groups[key].Select(p => p.Value).ToHashSet();
            var target = groups.Keys.FirstOrDefault(k => k != key && k.Side is null && k.Role is null && k.Measure == key.Measure
                && k.Unit == key.Unit && k.Historical == key.Historical && k.Part == key.Part
                && groups[k].Any(p => values.Contains(p.Value)));
            if (target is not null)
            {
                groups[target].AddRange(groups[key]);
                groups.Remove(key);
            }
        }

        MergePledges(groups, articles);
        return groups.Select(g => (g.Key, g.Value)).ToList();
    }

    /// <summary>
    /// One pledge, one series: an amount reported without a donor joins the one donor's pledge of that amount and
    /// currency, and an amount announced by an agency and by its head ("USAID" and "Power") is one pledge when some
    /// report names the two together ("USAID chief Samantha Power"). The donor named by the weightier source keeps it.
    /// </summary>
    private void MergePledges(Dictionary<SeriesKey, List<LedgerPoint>> groups, IReadOnlyList<Article> articles)
    {
        var pledges = groups.Keys.Where(k => k.Measure is Measure.AidMoney or Measure.AidGoods && !k.Historical).ToList();
        foreach (var (amount, sameAmount) in pledges
            .SelectMany(k => groups[k].Select(p => (Key: k, p.Value)))
            .GroupBy(x => (x.Key.Measure, x.Key.Unit, x.Value))
            .Select(g => (g.Key.Value, g.Select(x => x.Key).Distinct().ToList()))
            .Where(g => g.Item2.Count > 1)
            .ToList())
        {
            var donors = sameAmount.Where(k => groups.ContainsKey(k) && k.Donor is not null).ToList();
            var anonymous = sameAmount.Where(k => groups.ContainsKey(k) && k.Donor is null).ToList();
            var keeper = donors
                .OrderByDescending(k => _ledger.TierOf(k.Donor))
                .ThenByDescending(k => IsOrganisation(k.Donor!))
                .ThenByDescending(k => groups[k].Count)
                .ThenBy(k => k.Donor, StringComparer.Ordinal)
                .FirstOrDefault();
            if (keeper is null)
            {
                continue;
            }

            var joining = donors.Where(k => k != keeper && NamedTogether(k.Donor!, keeper.Donor!, ReportsOf(groups[k], groups[keeper], articles))).ToList();
            foreach (var key in joining)
            {
                groups[keeper].AddRange(groups[key]);
                groups.Remove(key);
            }

            // Only when one donor gave this amount is an anonymous report of it that donor's pledge.
            if (donors.Count - joining.Count == 1)
            {
                foreach (var key in anonymous)
                {
                    var same = groups[key].Where(p => p.Value == amount).ToList();
                    groups[keeper].AddRange(same);
                    groups[key].RemoveAll(same.Contains);
                    if (groups[key].Count == 0)
                    {
                        groups.Remove(key);
                    }
                }
            }
        }
    }

    /// <summary>An agency, a government or a fund rather than a person: an acronym, a country's name, or a source noun ("ministry", "fund").</summary>
    private bool IsOrganisation(string donor) =>
        donor.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w =>
            (w.Length >= 2 && w.All(c => char.IsUpper(c) || c == '.')) || _lexicons.SourceNouns.Contains(w) || _lexicons.Countries.TryAny(w, out _));

    /// <summary>The reports that hold a point of either pledge: where the two names would be written together.</summary>
    private static IEnumerable<Article> ReportsOf(List<LedgerPoint> a, List<LedgerPoint> b, IReadOnlyList<Article> articles)
    {
        var docs = a.Concat(b).Select(p => p.Doc).ToHashSet(StringComparer.Ordinal);
        return articles.Where(x => docs.Contains(x.Id));
    }

    /// <summary>Whether some report writes the two names within a short distance of each other (an apposition: "USAID chief Samantha Power").</summary>
    private static bool NamedTogether(string a, string b, IEnumerable<Article> articles)
    {
        const int Near = 60;
        string lastA = a.Split(' ')[^1], lastB = b.Split(' ')[^1];
        foreach (var article in articles)
        {
            string text = article.Text;
            for (int i = text.IndexOf(lastA, StringComparison.Ordinal); i >= 0; i = text.IndexOf(lastA, i + 1, StringComparison.Ordinal))
            {
                int from = Math.Max(0, i - Near - lastB.Length);
                int to = Math.Min(text.Length, i + lastA.Length + Near + lastB.Length);
                if (text.AsSpan(from, to - from).Contains(lastB, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "Four people were shot" counts the dead and the wounded together (injured figures whose aspect is
    /// <see cref="ShotAspect"/>): the wounded are those shot less the story's dead. A report that a man was shot,
    /// in a story where he died, is no injury; "four were shot" beside one dead is three wounded (flagged derived).
    /// </summary>
    private void CountTheShotOnce(List<(SeriesKey Key, List<LedgerPoint> Points)> groups)
    {
        if (!groups.Any(g => g.Key.Measure == Measure.Injured && g.Points.Any(IsShot)))
        {
            return;
        }

        var killed = groups.Where(g => g.Key.Measure == Measure.Killed && !g.Key.Historical && g.Key.Part is null && g.Key.Unit == Vocabulary.People)
            .OrderByDescending(g => g.Points.Count).ThenBy(g => g.Key.Id, StringComparer.Ordinal).FirstOrDefault();
        double dead = killed.Points is null ? 0 : BuildSeries(killed.Key, killed.Points).Estimate.Best;
        if (!(dead > 0))
        {
            return;
        }

        // The dead are among a report's shot when that report tells of them, or when it came before any word of a death
        // (the victim died later). "Suspect who shot four men identified", beside a report of one killed the same night,
        // says nothing of that death: its four are wounded.
        var reportsOfTheDead = killed.Points!.Select(p => p.Doc).ToHashSet(StringComparer.Ordinal);
        var firstDeath = killed.Points!.Min(p => p.Published?.Value ?? DateTime.MaxValue);
        for (int i = groups.Count - 1; i >= 0; i--)
        {
            var (key, members) = groups[i];
            if (key.Measure != Measure.Injured || key.Historical)
            {
                continue;
            }

            for (int j = members.Count - 1; j >= 0; j--)
            {
                var point = members[j];
                if (!IsShot(point) || !(reportsOfTheDead.Contains(point.Doc) || (point.Published?.Value ?? DateTime.MaxValue) < firstDeath))
                {
                    continue;
                }

                if (point.Value <= dead)
                {
                    members.RemoveAt(j);
                }
                else
                {
                    members[j] = point with { Figure = point.Figure with { Value = point.Value - dead, Flags = point.Figure.Flags | FigureFlags.Derived } };
                }
            }

            if (members.Count == 0)
            {
                groups.RemoveAt(i);
            }
        }
    }

    /// <summary>The aspect of an injured figure that counts people shot, dead or alive ("five people were shot").</summary>
    public const string ShotAspect = Figures.GunfireRule.ShotAspect;

    private static bool IsShot(LedgerPoint point) =>
        point.Figure.Measure == Measure.Injured && point.Figure.Aspect == ShotAspect && !point.Figure.Has(FigureFlags.Derived);

    private string Family(string? evt) => evt is null ? "any" : _lexicons.EventFamilies.GetValueOrDefault(evt, "any");

    private Series BuildSeries(SeriesKey key, List<LedgerPoint> members)
    {
        var points = members
            .OrderBy(p => When(p))
            .ThenBy(p => p.Published ?? default)
            .ThenBy(p => p.Doc, StringComparer.Ordinal)
            .ThenBy(p => p.Figure.Span.Start)
            .ToList();
        var kind = _ledger.KindOf(key.Measure, key.Aspect);
        var claims = _claims.Build(points);
        var decision = _estimates.Decide(kind, claims);
        var relations = Relations(kind, points, claims, decision);
        var flags = Flags(key, kind, points, relations, decision);
        string? subject = points.Select(p => p.Figure.Subject).FirstOrDefault(s => s is not null);
        return new Series(key.Id, Label(key, subject), key.Measure, key.Unit, key.Event, subject, key.Historical, Main: false,
            points, relations, decision, flags)
        {
            Kind = kind,
            Part = key.Part,
        };
    }

    /// <summary>The time a point holds for: its as-of time, else its report's publication time.</summary>
    internal static DateTime When(LedgerPoint point) => (point.AsOf ?? point.Published)?.Value ?? DateTime.MinValue;

    private static List<SeriesRelation> Relations(MeasureKind kind, List<LedgerPoint> points, List<Claim> claims, EstimateDecision decision)
    {
        var relations = new List<SeriesRelation>();
        foreach (var echo in points.Where(p => !p.Independent && p.EchoOf is not null))
        {
            relations.Add(new SeriesRelation(RelationKind.Echo, echo.EchoOf!, echo.Figure.Id, $"{echo.Outlet ?? echo.Doc} repeats an earlier report"));
        }

        // Explicit revisions: "far lower than previous reports that had put the number as high as 125".
        foreach (var old in points.Where(p => p.Figure.Has(FigureFlags.Superseded)))
        {
            var revising = points.Where(p => p.Doc == old.Doc && p.Figure.SentenceSpan == old.Figure.SentenceSpan && !p.Figure.Has(FigureFlags.Superseded))
                .OrderBy(p => Math.Abs(p.Figure.Span.Start - old.Figure.Span.Start)).FirstOrDefault();
            if (revising is not null)
            {
                string direction = revising.Value < old.Value ? "down" : "up";
                relations.Add(new SeriesRelation(RelationKind.Revision, old.Figure.Id, revising.Figure.Id,
                    $"revised {direction} from {Number(old.Value)} to {Number(revising.Value)}"));
            }
        }

        // Revisions the estimate accepted: the text said so, the source lowered its own figure, or independent sources agree.
        foreach (var exclusion in decision.Excluded.Where(e => e.Reason == ExclusionReason.RevisedAway && e.By is not null))
        {
            if (!relations.Any(r => r.Kind == RelationKind.Revision && r.From == exclusion.Claim.Id && r.To == exclusion.By!.Id))
            {
                relations.Add(new SeriesRelation(RelationKind.Revision, exclusion.Claim.Id, exclusion.By!.Id,
                    $"revised down from {Number(exclusion.Claim.Value)} to {Number(exclusion.By.Value)}"));
            }
        }

        var plain = claims.Where(c => !c.Point.Figure.Has(FigureFlags.Superseded) && !c.Point.Figure.Has(FigureFlags.Vague)).ToList();
        for (int i = 1; i < plain.Count; i++)
        {
            var a = plain[i - 1];
            var b = plain[i];
            bool sameTime = a.When.Date == b.When.Date;
            bool overlap = ValueInterval.Overlap(a.Interval, b.Interval);
            bool sameOrigin = string.Equals(a.Origin, b.Origin, StringComparison.Ordinal);
            if (sameTime && !overlap && !sameOrigin)
            {
                relations.Add(new SeriesRelation(RelationKind.Conflict, a.Id, b.Id,
                    $"{Who(a, "one report")} says {Number(a.Value)}, {Who(b, "another")} says {Number(b.Value)}"));
            }
            else if (b.Value > a.Value && (!overlap || (a.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && b.Interval.Low > a.Value)) && kind == MeasureKind.Cumulative)
            {
                relations.Add(new SeriesRelation(RelationKind.Growth, a.Id, b.Id, $"up from {Number(a.Value)} to {Number(b.Value)}"));
            }
            else if (overlap && a.Value == b.Value && !sameOrigin)
            {
                relations.Add(new SeriesRelation(RelationKind.Corroboration, a.Id, b.Id, $"{Number(b.Value)} confirmed by {Who(b, b.Point.Doc)}"));
            }
        }

        return relations;
    }

    private static string Who(Claim claim, string otherwise) => claim.Source ?? claim.Point.Outlet ?? otherwise;

    private static SeriesFlags Flags(SeriesKey key, MeasureKind kind, List<LedgerPoint> points, List<SeriesRelation> relations, EstimateDecision decision)
    {
        var flags = SeriesFlags.None;
        var plain = decision.Claims.Where(c => !c.Point.Figure.Has(FigureFlags.Superseded) && !c.Point.Figure.Has(FigureFlags.Vague)).ToList();
        bool revised = relations.Any(r => r.Kind == RelationKind.Revision);
        if (revised)
        {
            flags |= SeriesFlags.Revised;
        }

        if (relations.Any(r => r.Kind == RelationKind.Conflict))
        {
            flags |= SeriesFlags.Conflicting;
        }

        if (relations.Any(r => r.Kind == RelationKind.Growth) && plain.Count >= 2 && decision.Best > plain[0].Value)
        {
            flags |= SeriesFlags.Rising;
        }
        else if (kind == MeasureKind.Stock && plain.Count >= 2 && decision.Chosen is { } chosen
            && decision.Best < plain[0].Value && chosen.When.Date > plain[0].When.Date)
        {
            flags |= SeriesFlags.Falling;
        }

        if (relations.Any(r => r.Kind == RelationKind.Corroboration))
        {
            flags |= SeriesFlags.Corroborated;
        }

        if (points.Select(p => p.Source).Where(s => s is not null).Distinct(StringComparer.Ordinal).Count() <= 1)
        {
            flags |= SeriesFlags.SingleSource;
        }

        if (points.Any(p => !p.Independent))
        {
            flags |= SeriesFlags.HasEchoes;
        }

        if (key.Historical)
        {
            flags |= SeriesFlags.Historical;
        }

        if (key.Part is not null)
        {
            flags |= SeriesFlags.Part;
        }

        if (decision.Excluded.Any(e => e.Reason == ExclusionReason.Outlier))
        {
            flags |= SeriesFlags.Outlier;
        }

        if (decision.Excluded.Any(e => e.Reason == ExclusionReason.UnexplainedDrop))
        {
            flags |= SeriesFlags.UnexplainedDrop;
        }

        return flags;
    }

    /// <summary>Each part points at the series of its whole (the same count without the part); a part larger than its whole is flagged.</summary>
    private static void LinkParts(List<Series> series, List<SeriesKey> keys)
    {
        var byKey = keys.Zip(series).ToDictionary(p => p.First, p => p.Second);
        for (int i = 0; i < series.Count; i++)
        {
            var key = keys[i];
            if (key.Part is null || !byKey.TryGetValue(key.Whole, out var whole))
            {
                continue;
            }

            var part = series[i];
            bool exceeds = double.IsFinite(part.Estimate.Best) && double.IsFinite(whole.Estimate.Best)
                && part.Estimate.Best > whole.Estimate.Best && whole.Kind == MeasureKind.Cumulative;
            series[i] = part with
            {
                PartOf = whole.Id,
                Flags = exceeds ? part.Flags | SeriesFlags.PartExceedsWhole : part.Flags,
            };
        }
    }

    /// <summary>
    /// The main series of each measure: the one most reports speak to, not historical and not a part; a part
    /// only when its measure has no other series (every report counted only the children, say).
    /// </summary>
    private static void MarkMain(List<Series> series)
    {
        foreach (var byMeasure in series.Where(s => !s.Historical).GroupBy(s => (s.Measure, s.Unit)))
        {
            var main = byMeasure
                .OrderBy(s => s.Part is null ? 0 : 1)
                .ThenByDescending(s => s.Points.Select(p => p.Doc).Distinct(StringComparer.Ordinal).Count())
                .ThenByDescending(s => s.Points.Count)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .First();
            if (main.Part is not null && main.PartOf is not null)
            {
                continue;
            }

            int index = series.IndexOf(main);
            series[index] = main with { Main = true };
        }
    }

    private static string Label(SeriesKey key, string? subject)
    {
        var sb = new StringBuilder();
        string who = key.Part is not null ? "people"
            : key.Side is not null || key.Role is not null ? SideLabel(key.Side, subject)
            : key.Unit switch
            {
                Vocabulary.Households => "households",
                Vocabulary.Houses => "homes",
                _ => "people",
            };
        string what = key.Measure switch
        {
            Measure.Killed => $"{who} killed",
            Measure.Injured => $"{who} injured",
            Measure.Missing => $"{who} missing",
            Measure.Displaced => key.Aspect == "crossing" ? $"{who} who crossed or arrived" : key.Aspect == "internal" ? $"{who} displaced at home" : $"{who} displaced",
            Measure.Hospitalized => $"{who} in hospital",
            Measure.Identified => $"victims identified",
            Measure.Registered => $"{who} registered",
            Measure.Detained => $"{who} detained",
            Measure.Affected => $"{who} affected",
            Measure.Population => $"population",
            Measure.HousesDestroyed => $"{who} destroyed",
            Measure.HousesDamaged => $"{who} damaged",
            Measure.AidMoney => $"aid pledged ({key.Unit})",
            Measure.AidGoods => "aid delivered (tonnes)",
            _ => key.Measure.Name(),
        };
        sb.Append(what);
        if (key.Measure is Measure.AidMoney or Measure.AidGoods && key.Donor is not null)
        {
            sb.Append(" by ").Append(key.Donor);
        }
        else if (key.Event is not null && key.Event != "exodus")
        {
            sb.Append(" in the ").Append(key.Event);
        }

        if (key.Part is not null)
        {
            sb.Append(key.Part == SeriesKeyReader.GenericPart ? " (part count)" : $" (part: {key.Part})");
        }

        if (key.Historical)
        {
            sb.Append(" (earlier period)");
        }

        return sb.ToString();
    }

    /// <summary>"Azerbaijani soldiers": the subject as written, with its side when the subject does not say it.</summary>
    private static string SideLabel(string? side, string? subject)
    {
        string who = subject ?? "people";
        return side is null || who.Contains(side, StringComparison.OrdinalIgnoreCase) ? who : $"{side} {who}";
    }

    internal static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
