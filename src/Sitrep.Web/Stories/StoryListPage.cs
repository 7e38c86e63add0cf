using System.Text;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Stories;

/// <summary>The front page: every story with its dates, reports, outlets and headline figures, and a search box.</summary>
public static class StoryListPage
{
    /// <param name="changes">The latest changes as HTML (<c>ChangeList.Latest</c>), shown above the stories.</param>
    /// <param name="country">The country filter given (ISO 3166-1 alpha-2), kept in the form.</param>
    public static string Render(IStoreReader store, IReadOnlyList<StorySummary> stories, string? query, int limit, int offset, string changes = "", string? country = null)
    {
        var html = new StringBuilder();
        html.Append("<h1>Stories</h1>\n")
            .Append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
            .Append("<input type=\"search\" name=\"q\" aria-label=\"Search stories\" placeholder=\"Search titles and report text\" value=\"")
            .Append(Page.Encode(query)).Append("\">")
            .Append("<input type=\"text\" name=\"country\" size=\"4\" maxlength=\"2\" aria-label=\"Country (ISO code)\" placeholder=\"AM\" title=\"Only stories with figures in this country (ISO 3166-1 code: AM, US, KE …)\" value=\"")
            .Append(Page.Encode(country)).Append("\"><button type=\"submit\">Search</button>")
            .Append(query is null && country is null ? "" : " <a href=\"/\">all stories</a>").Append("</form>\n").Append(changes);

        if (stories.Count == 0)
        {
            html.Append(country is not null && query is null
                ? $"<p class=\"note\">No story has figures in “{Page.Encode(country)}”.</p>\n"
                : query is null
                ? "<p class=\"note\">No stories yet. <a href=\"/add\">Add reports</a>, or load a folder with <code>sitrep ingest FOLDER</code>.</p>\n"
                : $"<p class=\"note\">No story mentions “{Page.Encode(query)}”.</p>\n");
            return html.ToString();
        }

        html.Append("<ul class=\"stories\">\n");
        foreach (var story in stories)
        {
            html.Append("<li><a class=\"story\" href=\"/stories/").Append(Page.Url(story.Id)).Append("\"><strong>")
                .Append(Page.Encode(story.Title ?? story.Id)).Append("</strong></a><br>")
                .Append("<span class=\"meta\">").Append(Page.Encode(HeadlineText.Dates(story))).Append(" · ")
                .Append(Page.Encode(LedgerText.Count(story.ArticleCount, "report"))).Append(" from ")
                .Append(Page.Encode(LedgerText.Count(story.Outlets.Count, "outlet")));
            if (story.Outlets.Count > 0)
            {
                html.Append(" (").Append(Page.Encode(string.Join(", ", story.Outlets.Take(4)))).Append(story.Outlets.Count > 4 ? ", …" : "").Append(')');
            }

            html.Append("</span>");
            foreach (var headline in StoryHeadlines.Read(store, story.Id))
            {
                html.Append("<span class=\"headline\">").Append(Page.Encode(headline.Label)).Append(": <strong>")
                    .Append(Page.Encode(HeadlineText.Estimate(headline))).Append("</strong>")
                    .Append(headline.AsOf is null ? "" : $" <span class=\"meta\">as of {Page.Encode(headline.AsOf)}</span>").Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (query is null && (offset > 0 || stories.Count == limit))
        {
            html.Append("<p class=\"actions\">");
            if (offset > 0)
            {
                html.Append($"<a href=\"/?offset={Math.Max(0, offset - limit)}&amp;limit={limit}\">newer stories</a>");
            }

            if (stories.Count == limit)
            {
                html.Append($"<a href=\"/?offset={offset + limit}&amp;limit={limit}\">older stories</a>");
            }

            html.Append("</p>\n");
        }

        return html.ToString();
    }
}
