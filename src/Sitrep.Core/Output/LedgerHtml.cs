using System.Globalization;
using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// Story ledgers as one self-contained HTML page: inline CSS, no script, no external resource (a
/// Content-Security-Policy forbids them, should anything slip through). Per story: the ledger table,
/// then per series a timeline chart (<see cref="SeriesChartSvg"/>) whose marks link to the evidence
/// sentences listed below it, the number highlighted; then the story's reports. Every text from a
/// report is encoded (<see cref="HtmlText"/>); only http(s) addresses become links. Readable on a phone.
/// </summary>
public static class LedgerHtml
{
    private const string Style = """
        :root{color-scheme:light;--ink:#1f1f1f;--muted:#5f5f5f;--line:#d9d9d9;--soft:#f5f5f5;--warn:#b3261e;--accent:#0b57d0}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
        h1{font-size:1.6rem;margin:1.2rem 0 .3rem}h2{font-size:1.3rem;margin:2rem 0 .2rem;padding-top:1rem;border-top:2px solid var(--ink)}
        h3{font-size:1.05rem;margin:1.6rem 0 .3rem}
        a{color:var(--accent)}
        .meta,.note{color:var(--muted);margin:.2rem 0}
        .scroll,.chart{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
        th{background:var(--soft);font-weight:600}
        td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        .flag{display:inline-block;font-size:.75rem;padding:0 .4rem;margin:0 .2rem .2rem 0;border-radius:.6rem;background:var(--soft);border:1px solid var(--line);white-space:nowrap}
        .flag.warn{color:var(--warn);border-color:var(--warn)}
        .chart{margin:.6rem 0}
        .chart svg{display:block;width:100%;height:auto;min-width:30rem}
        ol.evidence{padding-left:1.6rem;font-size:.9rem}
        ol.evidence li{margin:.4rem 0;padding:.2rem .4rem;border-radius:.3rem}
        ol.evidence li:target{background:#fff4c2;outline:2px solid #e0b400}
        .evidence .echo{color:var(--muted)}
        .evidence q{display:block;margin:.15rem 0 0;color:#333;quotes:"\201C" "\201D"}
        mark{background:#ffe58a;padding:0 .1rem}
        ul.relations{font-size:.9rem}
        ul.sources{font-size:.9rem;padding-left:1.2rem}
        code{font-size:.85em;word-break:break-all}
        footer{color:var(--muted);font-size:.8rem;margin:3rem auto 1rem}
        @media (max-width:40rem){body{font-size:14px}th,td{padding:.3rem}.wide{display:none}}
        @media print{.chart svg{min-width:0}a{color:inherit}}
        """;

    /// <summary>The page's style sheet (also served by the web app).</summary>
    public static string StyleSheet => Style;

    /// <summary>
    /// Writes one story as a <c>section</c> for a page of another's making (the web app's): its ledger
    /// table, a chart and evidence list per series, and its reports. <paramref name="reportHref"/> gives the
    /// address of a report's own page by report id (null: reports link to their original address only).
    /// </summary>
    public static void WriteStorySection(TextWriter output, StoryLedger story, Func<string, string?>? reportHref = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(story);
        WriteStory(output, story, 1, reportHref);
    }

    /// <summary>Writes the page. <paramref name="title"/> is the page title (default "Situation report").</summary>
    public static void Write(TextWriter output, IReadOnlyList<StoryLedger> stories, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stories);
        title ??= "Situation report";
        int reports = stories.Sum(s => s.Articles.Count);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        output.WriteLine($"<title>{HtmlText.Encode(title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Style);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<header>");
        output.WriteLine($"<h1>{HtmlText.Encode(title)}</h1>");
        output.WriteLine($"<p class=\"meta\">{LedgerText.Count(stories.Count, "story", "stories")} from {LedgerText.Count(reports, "report")}. " +
            "Hedges as written: ≥ at least, &gt; more than, ~ about, &lt;~ nearly, ≤ up to, &lt; less than. " +
            "An <em>echo</em> repeats an earlier report's figure and is no confirmation; a <em>revision</em> corrects an earlier figure. " +
            "Click a mark in a chart to see its sentence.</p>");
        if (stories.Count > 1)
        {
            output.WriteLine("<nav><ol>");
            for (int i = 0; i < stories.Count; i++)
            {
                output.WriteLine(Invariant($"<li><a href=\"#story-{i + 1}\">") + HtmlText.Encode(stories[i].Title) + "</a> " +
                    $"<span class=\"meta\">({HtmlText.Encode(LedgerText.Count(stories[i].Articles.Count, "report"))})</span></li>");
            }

            output.WriteLine("</ol></nav>");
        }

        output.WriteLine("</header>");
        output.WriteLine("<main>");
        for (int i = 0; i < stories.Count; i++)
        {
            WriteStory(output, stories[i], i + 1, null);
        }

        output.WriteLine("</main>");
        output.WriteLine("<footer>Made by Sitrep. Every figure links to the sentence it was read from; check them before you quote them.</footer>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteStory(TextWriter output, StoryLedger story, int number, Func<string, string?>? reportHref)
    {
        string storyId = Invariant($"story-{number}");
        output.WriteLine($"<section class=\"story\" id=\"{storyId}\">");
        output.WriteLine($"<h2>{HtmlText.Encode(story.Title)}</h2>");
        output.WriteLine($"<p class=\"meta\">{HtmlText.Encode(LedgerText.Dates(story))} · {HtmlText.Encode(LedgerText.Coverage(story))} · " +
            $"{LedgerText.Count(story.Series.Count, "series", "series")}</p>");
        if (story.Series.Count == 0)
        {
            output.WriteLine("<p class=\"note\">No figures were found in these reports.</p>");
        }
        else
        {
            WriteLedgerTable(output, story, storyId);
            WritePlaceMap(output, story);
        }

        for (int k = 0; k < story.Series.Count; k++)
        {
            WriteSeries(output, story, story.Series[k], Invariant($"{storyId}-s{k + 1}"), reportHref);
        }

        output.WriteLine("<h3>Reports</h3>");
        output.WriteLine("<ul class=\"sources\">");
        foreach (var article in story.Articles)
        {
            output.WriteLine($"<li>{Source(article, reportHref)}</li>");
        }

        output.WriteLine("</ul>");
        output.WriteLine("</section>");
    }

    /// <summary>Where the story's figures were counted, as a map (none when no figure has a place).</summary>
    private static void WritePlaceMap(TextWriter output, StoryLedger story)
    {
        var marks = Places.PlaceMap.Marks(story.Series.SelectMany(s => s.Points).Select(p => p.Figure).DistinctBy(f => f.Id));
        if (marks.Count == 0)
        {
            return;
        }

        output.WriteLine("<h3>Where</h3>");
        output.WriteLine($"<figure class=\"map\">{Places.PlaceMap.Svg(marks, $"Where the figures of {story.Title} were counted")}");
        output.WriteLine($"<figcaption>{HtmlText.Encode(string.Join(" · ", marks.Select(m => $"{m.Place.Name}{(m.Place.Admin1 is { } a ? " (" + a + ")" : " (" + m.Place.Country + ")")}: {m.Figures}")))}</figcaption></figure>");
    }

    private static void WriteLedgerTable(TextWriter output, StoryLedger story, string storyId)
    {
        output.WriteLine("<div class=\"scroll\"><table class=\"ledger\">");
        output.WriteLine("<thead><tr><th>What is counted</th><th>Best estimate</th><th>Range</th><th>As of</th><th class=\"wide\">Trail</th><th class=\"wide\">Basis</th><th>Flags</th></tr></thead>");
        output.WriteLine("<tbody>");
        for (int k = 0; k < story.Series.Count; k++)
        {
            var series = story.Series[k];
            output.WriteLine(Invariant($"<tr><td><a href=\"#{storyId}-s{k + 1}\">") + HtmlText.Encode(series.Label) + "</a></td>" +
                $"<td class=\"num\">{HtmlText.Encode(LedgerText.Best(series))}</td>" +
                $"<td class=\"num\">{HtmlText.Encode(LedgerText.Range(series))}</td>" +
                $"<td>{HtmlText.Encode(LedgerText.Time(series.Estimate.AsOf))}</td>" +
                $"<td class=\"wide\">{HtmlText.Encode(LedgerText.Trail(series))}</td>" +
                $"<td class=\"wide\">{HtmlText.Encode(EstimateText.Basis(series))}</td>" +
                $"<td>{Flags(series)}</td></tr>");
        }

        output.WriteLine("</tbody></table></div>");
    }

    private static void WriteSeries(TextWriter output, StoryLedger story, Series series, string seriesId, Func<string, string?>? reportHref)
    {
        var ordered = LedgerText.Ordered(series);
        var anchors = new Dictionary<LedgerPoint, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < ordered.Count; i++)
        {
            anchors[ordered[i]] = Invariant($"{seriesId}-p{i + 1}");
        }

        output.WriteLine($"<section class=\"series\" id=\"{seriesId}\">");
        output.WriteLine($"<h3>{HtmlText.Encode(series.Label)}</h3>");
        output.WriteLine($"<p class=\"note\">Best: <strong>{HtmlText.Encode(LedgerText.EstimateWithRange(series))}</strong>" +
            (series.Estimate.AsOf is { } asOf ? $", as of {HtmlText.Encode(asOf.ToIso())}" : "") +
            (series.Estimate.Source is { } source ? $", {HtmlText.Encode(source)}" : "") +
            $" — {HtmlText.Encode(EstimateText.Basis(series))}" +
            $" {Flags(series)}</p>");
        output.WriteLine("<figure class=\"chart\">");
        output.WriteLine(SeriesChartSvg.Render(series, new SeriesChartOptions
        {
            IdPrefix = seriesId,
            PointLink = p => anchors.TryGetValue(p, out string? anchor) ? "#" + anchor : null,
        }));
        output.WriteLine("</figure>");

        var relations = series.Relations.Where(r => r.Kind is RelationKind.Revision or RelationKind.Conflict).ToList();
        if (relations.Count > 0)
        {
            output.WriteLine("<ul class=\"relations\">");
            foreach (var relation in relations)
            {
                output.WriteLine($"<li><strong>{(relation.Kind == RelationKind.Revision ? "Revision" : "Conflict")}</strong>: " +
                    $"{PointLink(series, relation.From, anchors)} → {PointLink(series, relation.To, anchors)}" +
                    (relation.Note.Length > 0 ? $" — {HtmlText.Encode(relation.Note)}" : "") + "</li>");
            }

            output.WriteLine("</ul>");
        }

        var outlets = story.Articles.ToDictionary(a => a.Id, a => a.Outlet, StringComparer.Ordinal);
        output.WriteLine("<ol class=\"evidence\">");
        foreach (var point in ordered)
        {
            string leftOut = series.Estimate.ExclusionOf(point.Figure.Id) is { } exclusion
                ? $" <span class=\"meta left-out\">left out: {HtmlText.Encode(EstimateText.Exclusion(exclusion))}</span>"
                : "";
            output.WriteLine($"<li id=\"{anchors[point]}\"{(point.Independent ? "" : " class=\"echo\"")}>{Evidence(point, outlets, reportHref)}{leftOut}</li>");
        }

        output.WriteLine("</ol>");
        output.WriteLine("</section>");
    }

    private static string Evidence(LedgerPoint point, IReadOnlyDictionary<string, string?> outlets, Func<string, string?>? reportHref)
    {
        string time = LedgerText.TimeOf(point) is { } t
            ? HtmlText.Encode(t.ToIso()) + (point.AsOf is null ? " <span class=\"meta\">(published; no as-of)</span>" : "")
            : "undated";
        string outlet = point.Outlet ?? (outlets.TryGetValue(point.Doc, out string? o) ? o : null) ?? "unknown outlet";
        string echo = point.Independent ? "" : " · <span class=\"echo\">echo" + (point.EchoOf is { } of ? " of " + HtmlText.Encode(of) : "") + "</span>";
        var (before, number, after) = LedgerText.SplitEvidence(point.Figure);
        string sentence = number.Length == 0
            ? HtmlText.Encode(before)
            : HtmlText.Encode(before) + "<mark>" + HtmlText.Encode(number) + "</mark>" + HtmlText.Encode(after);
        return $"<time>{time}</time> · <strong>{HtmlText.Encode(FigureText.Describe(point.Figure))}</strong> · " +
            $"{HtmlText.Encode(point.Source ?? "unattributed")} · {HtmlText.Encode(outlet)} {ReportId(point.Doc, reportHref)}{echo}" +
            $"<q>{sentence}</q>";
    }

    private static string PointLink(Series series, string figureId, IReadOnlyDictionary<LedgerPoint, string> anchors)
    {
        var point = series.Points.FirstOrDefault(p => string.Equals(p.Figure.Id, figureId, StringComparison.Ordinal));
        if (point is null)
        {
            return HtmlText.Encode(figureId);
        }

        string text = HtmlText.Encode($"{FigureText.Describe(point.Figure)} ({point.Source ?? point.Outlet ?? point.Doc})");
        return anchors.TryGetValue(point, out string? anchor) ? $"<a href=\"#{anchor}\">{text}</a>" : text;
    }

    private static string Flags(Series series) =>
        string.Concat(EstimateText.Flags(series.Flags).Select(f =>
            $"<span class=\"flag{(EstimateText.IsWarning(f) ? " warn" : "")}\">{HtmlText.Encode(f)}</span>"));

    private static string ReportId(string id, Func<string, string?>? reportHref)
    {
        string code = $"<code>{HtmlText.Encode(id)}</code>";
        return reportHref?.Invoke(id) is { } href ? $"<a href=\"{HtmlText.Encode(href)}\">{code}</a>" : code;
    }

    private static string Source(LedgerArticle article, Func<string, string?>? reportHref)
    {
        string title = HtmlText.Encode(article.Title ?? article.Id);
        string? href = HtmlText.SafeHref(article.Url);
        var parts = new List<string>
        {
            $"<strong>{HtmlText.Encode(article.Outlet ?? "unknown outlet")}</strong>",
            href is null ? title : $"<a href=\"{HtmlText.Encode(href)}\" rel=\"noopener noreferrer nofollow\">{title}</a>",
            HtmlText.Encode(LedgerText.Time(article.Published)),
            ReportId(article.Id, reportHref),
        };
        if (href is null && !string.IsNullOrWhiteSpace(article.Url))
        {
            parts.Add($"<span class=\"meta\">address not linked: {HtmlText.Encode(article.Url)}</span>");
        }

        if (LedgerText.CopyNote(article) is { } copy)
        {
            parts.Add($"<em>{HtmlText.Encode(copy)}</em>");
        }

        if (article.Wires.Count > 0)
        {
            parts.Add("wire: " + HtmlText.Encode(string.Join(", ", article.Wires)));
        }

        return string.Join(" · ", parts);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
