using System.Globalization;
using Sitrep.Core.Ledger;

namespace Sitrep.Core;

/// <summary>
/// Story ledgers as a Markdown situation report a person can paste into a brief: per story a heading,
/// a summary line, a table of series (what is counted, best estimate with range and as-of, basis,
/// flags), each series' dated trail with its sources and evidence, and the story's reports. Every text
/// from a report is escaped (<see cref="MarkdownText"/>). Pure: writes only to the given writer.
/// </summary>
public static class LedgerMarkdown
{
    public static void Write(TextWriter output, IReadOnlyList<StoryLedger> stories)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stories);
        int reports = stories.Sum(s => s.Articles.Count);
        output.WriteLine("# Situation report");
        output.WriteLine();
        output.WriteLine($"{LedgerText.Count(stories.Count, "story", "stories")} from {LedgerText.Count(reports, "report")}. " +
            "Hedges as written: ≥ at least, > more than, ~ about, <~ nearly, ≤ up to, < less than. " +
            "An *echo* repeats an earlier report's figure and is not counted as confirmation.");
        for (int i = 0; i < stories.Count; i++)
        {
            output.WriteLine();
            WriteStory(output, stories[i], i + 1);
        }
    }

    private static void WriteStory(TextWriter output, StoryLedger story, int number)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {number}. {MarkdownText.Escape(story.Title)}"));
        output.WriteLine();
        output.WriteLine($"{LedgerText.Dates(story)} · {MarkdownText.Escape(LedgerText.Coverage(story))} · {LedgerText.Count(story.Series.Count, "series", "series")}.");
        var main = story.Series.Where(s => s.Main && !s.Historical).ToList();
        if (main.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Now: " + string.Join("; ", main.Select(s =>
                $"{MarkdownText.Escape(s.Label)}: **{MarkdownText.EscapeInline(LedgerText.EstimateWithRange(s))}**" +
                (s.Estimate.AsOf is { } asOf ? $" (as of {asOf.ToIso()})" : ""))) + ".");
        }

        if (story.Series.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| What is counted | Best estimate | Range | As of | Basis | Flags |");
            output.WriteLine("| --- | ---: | --- | --- | --- | --- |");
            foreach (var series in story.Series)
            {
                output.WriteLine($"| {MarkdownText.Escape(series.Label)} | {MarkdownText.Escape(LedgerText.Best(series))} | " +
                    $"{MarkdownText.Escape(LedgerText.Range(series))} | {LedgerText.Time(series.Estimate.AsOf)} | " +
                    $"{MarkdownText.Escape(EstimateText.Basis(series))} | {MarkdownText.Escape(string.Join(", ", EstimateText.Flags(series.Flags)))} |");
            }
        }
        else
        {
            output.WriteLine();
            output.WriteLine("No figures were found in these reports.");
        }

        foreach (var series in story.Series)
        {
            output.WriteLine();
            WriteSeries(output, series, story);
        }

        output.WriteLine();
        output.WriteLine("### Sources");
        output.WriteLine();
        foreach (var article in story.Articles)
        {
            output.WriteLine("- " + Source(article));
        }
    }

    private static void WriteSeries(TextWriter output, Series series, StoryLedger story)
    {
        output.WriteLine($"### {MarkdownText.Escape(series.Label)}");
        output.WriteLine();
        output.WriteLine($"Trail: {MarkdownText.Escape(LedgerText.Trail(series))}. Best: **{MarkdownText.EscapeInline(LedgerText.EstimateWithRange(series))}**" +
            (series.Estimate.Source is { } source ? $", {MarkdownText.Escape(source)}" : "") + ".");
        output.WriteLine();
        var titles = story.Articles.ToDictionary(a => a.Id, a => a, StringComparer.Ordinal);
        foreach (var point in LedgerText.Ordered(series))
        {
            var (before, quoted, after) = LedgerText.SplitEvidence(point.Figure);
            string outlet = point.Outlet ?? (titles.TryGetValue(point.Doc, out var article) ? article.Outlet : null) ?? "unknown outlet";
            string time = LedgerText.TimeOf(point) is { } t ? t.ToIso() + (point.AsOf is null ? " (published; no as-of)" : "") : "undated";
            string echo = point.Independent ? "" : point.EchoOf is { } of ? $" · echo of {MarkdownText.Escape(of)}" : " · echo";
            string leftOut = series.Estimate.ExclusionOf(point.Figure.Id) is { } exclusion ? $" · *left out: {MarkdownText.EscapeInline(EstimateText.Exclusion(exclusion))}*" : "";
            output.WriteLine($"- **{time}** · {MarkdownText.Escape(FigureText.Describe(point.Figure))} · " +
                $"{MarkdownText.Escape(point.Source ?? "unattributed")} · {MarkdownText.Escape(outlet)} ({MarkdownText.Escape(point.Doc)}){echo}{leftOut}  ");
            string sentence = quoted.Length == 0
                ? MarkdownText.Escape(before)
                : MarkdownText.EscapeInline(before).TrimStart() + "**" + MarkdownText.EscapeInline(quoted) + "**" + MarkdownText.EscapeInline(after).TrimEnd();
            output.WriteLine($"  “{sentence}”");
        }

        var notes = series.Relations.Where(r => r.Kind is RelationKind.Revision or RelationKind.Conflict).ToList();
        if (notes.Count > 0)
        {
            output.WriteLine();
            foreach (var relation in notes)
            {
                output.WriteLine($"- {(relation.Kind == RelationKind.Revision ? "Revision" : "Conflict")}: " +
                    $"{MarkdownText.Escape(Value(series, relation.From))} → {MarkdownText.Escape(Value(series, relation.To))}" +
                    (relation.Note.Length > 0 ? $": {MarkdownText.Escape(relation.Note)}" : ""));
            }
        }
    }

    private static string Value(Series series, string figureId) =>
        series.Points.FirstOrDefault(p => string.Equals(p.Figure.Id, figureId, StringComparison.Ordinal)) is { } point
            ? $"{FigureText.Describe(point.Figure)} ({point.Source ?? point.Outlet ?? point.Doc})"
            : figureId;

    private static string Source(LedgerArticle article)
    {
        string title = MarkdownText.Escape(article.Title ?? article.Id);
        string? href = HtmlText.SafeHref(article.Url);
        string link = href is null ? title : $"[{title}]({href.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
        var parts = new List<string> { $"**{MarkdownText.Escape(article.Outlet ?? "unknown outlet")}**", link, LedgerText.Time(article.Published), MarkdownText.Escape(article.Id) };
        if (LedgerText.CopyNote(article) is { } copy)
        {
            parts.Add(MarkdownText.Escape(copy));
        }

        if (article.Wires.Count > 0)
        {
            parts.Add("wire: " + MarkdownText.Escape(string.Join(", ", article.Wires)));
        }

        return string.Join(" · ", parts);
    }
}
