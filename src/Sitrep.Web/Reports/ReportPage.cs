using System.Text;
using Sitrep.Core;
using Sitrep.Core.Cleaning;
using Sitrep.Store;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Reports;

/// <summary>
/// A report's page: its text paragraph by paragraph as cleaning saw it (page leftovers and repeated
/// passages labelled), every figure highlighted with what it counts on hover or focus (measure, hedge,
/// source, as-of), then its story, copies and versions. Only text nodes carry the report: nothing in it
/// can become markup.
/// </summary>
public static class ReportPage
{
    public static string Render(StoredArticle stored, CleanArticle clean, IReadOnlyList<ArticleVersion> versions)
    {
        var article = stored.Article;
        var html = new StringBuilder(article.Text.Length * 2 + 4096);
        html.Append("<h1>").Append(Page.Encode(article.Title ?? article.Id)).Append("</h1>\n<p class=\"meta\">")
            .Append(Page.Encode(article.Outlet ?? "unknown outlet")).Append(" · ").Append(Page.Encode(Page.Time(article.Published)))
            .Append(" · <code>").Append(Page.Encode(article.Id)).Append("</code> · version ").Append(stored.Version.Number);
        if (HtmlText.SafeHref(article.Url) is { } href)
        {
            html.Append(" · <a href=\"").Append(Page.Encode(href)).Append("\" rel=\"noopener noreferrer nofollow\">original</a>");
        }
        else if (!string.IsNullOrWhiteSpace(article.Url))
        {
            html.Append(" · address not linked: ").Append(Page.Encode(article.Url));
        }

        html.Append("</p>\n<p class=\"actions\">");
        if (stored.StoryId is { } story)
        {
            html.Append("<a href=\"/stories/").Append(Page.Url(story)).Append("\">its story</a>");
        }

        html.Append("<a href=\"/api/reports/").Append(Page.Url(article.Id)).Append("\">as JSON</a></p>\n");

        var counted = stored.Figures.Where(f => f.Measure != Measure.Other).ToList();
        html.Append("<p class=\"note\">").Append(Page.Encode(LedgerText.Count(counted.Count, "figure"))).Append(" highlighted")
            .Append(counted.Count == stored.Figures.Count ? "" : "; other numbers underlined")
            .Append(". Hover over or tab to a figure to see what it counts.</p>\n");

        html.Append("<article class=\"report\">\n");
        AppendText(html, clean, stored.Figures);
        html.Append("</article>\n");

        if (stored.AlsoSeenAt.Count > 0)
        {
            html.Append("<h2>Copies</h2>\n<ul class=\"sources\">\n");
            foreach (var copy in stored.AlsoSeenAt)
            {
                html.Append("<li>").Append(Page.Encode(copy.Outlet ?? "unknown outlet")).Append(" · ").Append(Page.Encode(copy.Source))
                    .Append(" · first seen ").Append(Page.Encode(copy.FirstSeenAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
                    .Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (versions.Count > 1)
        {
            html.Append("<h2>Versions</h2>\n<ol>\n");
            foreach (var version in versions)
            {
                html.Append("<li>").Append(Page.Encode(version.IngestedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(" · ").Append(Page.Encode(LedgerText.Count(version.FigureCount, "figure")))
                    .Append(version.IsCurrent ? " · current" : "").Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        return html.ToString();
    }

    private static void AppendText(StringBuilder html, CleanArticle clean, IReadOnlyList<Figure> figures)
    {
        string text = clean.Text;
        var ordered = figures.OrderBy(f => f.Span.Start).ToList();
        int next = 0;
        foreach (var block in clean.Blocks.Where(b => b.Role != BlockRole.PageStart))
        {
            var span = block.Span;
            string? role = block.Role == BlockRole.Body ? (clean.IsRepeated(span) ? "repeated passage" : null) : RoleName(block.Role);
            html.Append(role is null ? "<p>" : $"<p class=\"role\" data-role=\"{Page.Encode(role)}\">");
            int at = span.Start;
            while (next < ordered.Count && ordered[next].Span.Start < span.Start)
            {
                next++;
            }

            while (next < ordered.Count && ordered[next].Span.End <= span.End)
            {
                var figure = ordered[next++];
                if (figure.Span.Start < at)
                {
                    continue; // overlaps the previous figure (a conversion in brackets is its own figure)
                }

                html.Append(Page.Encode(text[at..figure.Span.Start]));
                AppendFigure(html, figure, text.Substring(figure.Span.Start, figure.Span.Length));
                at = figure.Span.End;
            }

            html.Append(Page.Encode(text[at..span.End])).Append("</p>\n");
        }
    }

    private static void AppendFigure(StringBuilder html, Figure figure, string written)
    {
        bool other = figure.Measure == Measure.Other;
        html.Append(other ? "<span class=\"fig other\" tabindex=\"0\">" : "<span class=\"fig\" tabindex=\"0\">")
            .Append(Page.Encode(written)).Append("<span class=\"tip\" role=\"tooltip\">").Append(Page.Encode(Explain(figure))).Append("</span></span>");
    }

    /// <summary>"≥20 killed · hedge: at least · source: the ministry · as of 2023-09-25 · event: explosion".</summary>
    public static string Explain(Figure figure)
    {
        if (figure.Measure == Measure.Other)
        {
            return "a number, not a count of people or aid";
        }

        var parts = new List<string> { $"{FigureText.Describe(figure)} {figure.Measure.Name().Replace('_', ' ')}" };
        if (figure.Qualifier != Qualifier.None)
        {
            parts.Add("hedge: " + figure.Qualifier.Name().Replace('_', ' '));
        }

        parts.Add("source: " + (figure.Source ?? "unattributed"));
        parts.Add("as of: " + (figure.AsOf?.ToIso() ?? "not stated"));
        if (figure.Subject is { } subject)
        {
            parts.Add("who: " + subject);
        }

        if (figure.Event is { } evt)
        {
            parts.Add("event: " + evt);
        }

        var flags = FigureJson.FlagNames.Where(f => figure.Has(f.Flag)).Select(f => f.Name).ToList();
        if (flags.Count > 0)
        {
            parts.Add("flags: " + string.Join(", ", flags));
        }

        return string.Join(" · ", parts);
    }

    private static string RoleName(BlockRole role) => role switch
    {
        BlockRole.Title => "title",
        BlockRole.Heading => "heading",
        BlockRole.Caption => "caption",
        BlockRole.Credit => "credit",
        BlockRole.RelatedLink => "link to another article",
        BlockRole.Media => "media player",
        _ => "page furniture",
    };
}
