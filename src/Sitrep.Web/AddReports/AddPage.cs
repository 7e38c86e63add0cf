using System.Text;
using Sitrep.Core;
using Sitrep.Web.Shared;

namespace Sitrep.Web.AddReports;

/// <summary>The add-reports form and the page that says what became of each input.</summary>
public static class AddPage
{
    public static string Form(WritePolicy policy, string? problem, AddReportRequest? given)
    {
        var html = new StringBuilder();
        html.Append("<h1>Add reports</h1>\n");
        if (problem is not null)
        {
            html.Append("<p class=\"outcome failed\" role=\"alert\">").Append(Page.Encode(problem)).Append("</p>\n");
        }

        html.Append("<p class=\"note\">Paste a report, give the address of a page or a feed, or choose files (.txt, .md, .html, feeds, JSON Lines). ")
            .Append("Each report is read for figures and joins the story it belongs to; a report already stored is not stored twice.</p>\n")
            .Append("<form class=\"add\" method=\"post\" action=\"/add\" enctype=\"multipart/form-data\">\n")
            .Append("<fieldset><legend>Paste a report</legend>\n")
            .Append("<label for=\"title\">Title</label><input type=\"text\" id=\"title\" name=\"title\" value=\"").Append(Page.Encode(given?.Title)).Append("\">\n")
            .Append("<label for=\"outlet\">Outlet</label><input type=\"text\" id=\"outlet\" name=\"outlet\" value=\"").Append(Page.Encode(given?.Outlet)).Append("\">\n")
            .Append("<label for=\"published\">Published</label><input type=\"date\" id=\"published\" name=\"published\" value=\"").Append(Page.Encode(given?.Published)).Append("\">\n")
            .Append("<label for=\"text\">Text</label><textarea id=\"text\" name=\"text\">").Append(Page.Encode(given?.Text)).Append("</textarea>\n")
            .Append("</fieldset>\n<fieldset><legend>Or fetch</legend>\n")
            .Append("<label for=\"url\">Address of a page or feed</label><input type=\"url\" id=\"url\" name=\"url\" placeholder=\"https://\" value=\"").Append(Page.Encode(given?.Url)).Append("\">\n")
            .Append("</fieldset>\n<fieldset><legend>Or upload</legend>\n")
            .Append("<label for=\"files\">Files</label><input type=\"file\" id=\"files\" name=\"files\" multiple accept=\".txt,.md,.html,.htm,.jsonl,.xml,.rss,.atom\">\n")
            .Append("</fieldset>\n");
        if (policy.KeyRequired)
        {
            html.Append("<label for=\"api_key\">API key</label><input type=\"password\" id=\"api_key\" name=\"").Append(WritePolicy.FormField).Append("\" autocomplete=\"off\">\n");
        }

        html.Append("<p><button type=\"submit\">Add</button></p>\n</form>\n");
        return html.ToString();
    }

    public static string Outcome(IReadOnlyList<AddedReport> added)
    {
        var html = new StringBuilder();
        int failed = added.Count(a => a.Failed);
        html.Append("<h1>").Append(Page.Encode(LedgerText.Count(added.Count - failed, "report"))).Append(" added")
            .Append(failed > 0 ? $", {failed} failed" : "").Append("</h1>\n");
        foreach (var report in added)
        {
            html.Append(report.Failed ? "<p class=\"outcome failed\">" : "<p class=\"outcome\">").Append("<strong>").Append(Page.Encode(report.Input)).Append("</strong>: ");
            if (report.Failed)
            {
                html.Append(Page.Encode(report.Failure));
            }
            else
            {
                html.Append(Page.Encode(AddEndpoints.Disposition(report.Disposition!.Value))).Append(", ")
                    .Append(Page.Encode(LedgerText.Count(report.Figures, "number"))).Append(" read · ")
                    .Append("<a class=\"report\" href=\"/reports/").Append(Page.Url(report.Id!)).Append("\">the report</a>");
                if (report.StoryId is { } story)
                {
                    html.Append(" · <a class=\"story\" href=\"/stories/").Append(Page.Url(story)).Append("\">its story</a>");
                }
            }

            html.Append("</p>\n");
        }

        html.Append("<p class=\"actions\"><a href=\"/add\">add more</a><a href=\"/\">all stories</a></p>\n");
        return html.ToString();
    }
}
