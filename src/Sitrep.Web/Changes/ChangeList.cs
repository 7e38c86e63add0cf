using System.Globalization;
using System.Text;
using Sitrep.Store.Changes;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Changes;

/// <summary>Changes as HTML: the latest across the store on the story list, a story's own on its page.</summary>
public static class ChangeList
{
    /// <summary>A story's latest changes shown open; the earlier ones fold away.</summary>
    public const int ShownOpen = 6;

    /// <summary>"Latest changes" for the story list: each change with its story; nothing when there are none.</summary>
    public static string Latest(IReadOnlyList<LedgerChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<section class=\"changes\" aria-labelledby=\"latest-changes\">\n<h2 id=\"latest-changes\">Latest changes</h2>\n<ul class=\"changes\">\n");
        foreach (var change in changes)
        {
            html.Append("<li>").Append(When(change)).Append(" <a href=\"/stories/").Append(Page.Url(change.StoryId)).Append('#').Append(Page.Url(change.SeriesId))
                .Append("\">").Append(Page.Encode(change.StoryTitle ?? change.StoryId)).Append("</a>: ").Append(Line(change)).Append("</li>\n");
        }

        return html.Append("</ul>\n<p class=\"actions\"><a href=\"/feeds/changes.atom\" type=\"application/atom+xml\">follow every change (Atom)</a>")
            .Append("<a href=\"/api/changes\">as JSON</a></p>\n</section>\n").ToString();
    }

    /// <summary>
    /// "What changed" on a story's page, with its own feed. Each series' latest change carries the series id as its
    /// anchor (what the feeds and the story list link to, stable across rebuilds) and links to the series' section.
    /// </summary>
    /// <param name="sectionOf">The id of a series' section on the page, or null when the series is gone.</param>
    public static string Story(string storyId, IReadOnlyList<LedgerChange> changes, Func<string, string?> sectionOf)
    {
        ArgumentNullException.ThrowIfNull(sectionOf);
        ArgumentNullException.ThrowIfNull(changes);
        string id = Page.Url(storyId);
        var html = new StringBuilder("<section class=\"changes\" aria-labelledby=\"story-changes\">\n<h2 id=\"story-changes\">What changed</h2>\n");
        if (changes.Count == 0)
        {
            html.Append("<p class=\"note\">No change recorded yet: changes are recorded each time new reports update this ledger.</p>\n");
        }
        else
        {
            var anchored = new HashSet<string>(StringComparer.Ordinal);
            html.Append("<ul class=\"changes\">\n");
            for (int i = 0; i < changes.Count; i++)
            {
                if (i == ShownOpen)
                {
                    // The rest folds away (a plain <details>, no script): a long history should not push the ledger off the screen.
                    html.Append(string.Create(CultureInfo.InvariantCulture, $"</ul>\n<details><summary>{changes.Count - ShownOpen} earlier change{(changes.Count - ShownOpen == 1 ? "" : "s")}</summary>\n<ul class=\"changes\">\n"));
                }

                var change = changes[i];
                html.Append(anchored.Add(change.SeriesId) ? $"<li id=\"{Page.Encode(change.SeriesId)}\">" : "<li>").Append(When(change)).Append(' ');
                html.Append(sectionOf(change.SeriesId) is { } section ? $"<a href=\"#{Page.Encode(section)}\">{Line(change)}</a>" : Line(change));
                if (change.Reports.Count > 0)
                {
                    html.Append(" <span class=\"meta\">from ");
                    html.AppendJoin(", ", change.Reports.Take(5).Select(r => $"<a href=\"/reports/{Page.Url(r)}\">{Page.Encode(r)}</a>"));
                    html.Append(change.Reports.Count > 5 ? ", …" : "").Append("</span>");
                }

                html.Append("</li>\n");
            }

            html.Append(changes.Count > ShownOpen ? "</ul>\n</details>\n" : "</ul>\n");
        }

        return html.Append($"<p class=\"actions\"><a href=\"/feeds/stories/{id}/changes.atom\" type=\"application/atom+xml\">follow this story (Atom)</a>")
            .Append($"<a href=\"/api/changes?story={id}\">as JSON</a></p>\n</section>\n").ToString();
    }

    private static string When(LedgerChange change) =>
        $"<time class=\"meta\" datetime=\"{change.RecordedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\">{Page.Encode(ChangeText.When(change.RecordedAt))}</time>";

    private static string Line(LedgerChange change) =>
        $"<span class=\"change {Page.Encode(change.KindName)}\">{Page.Encode(change.Digest)}</span>";
}
