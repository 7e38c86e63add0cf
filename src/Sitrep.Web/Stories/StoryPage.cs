using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Stories;

/// <summary>
/// A story's page: the ledger table (best estimate, range, flags per series), a timeline chart per series
/// whose marks link to the sentence they were read from, and the story's reports, each linking to its page.
/// </summary>
public static class StoryPage
{
    public static string Render(StoryView view) => Render(view, "");

    /// <param name="changes">What changed in the story's estimates, as HTML (<c>ChangeList.Story</c>), shown before the ledger.</param>
    public static string Render(StoryView view, string changes)
    {
        var ledger = view.Ledger;
        string id = Page.Url(ledger.Id);
        var html = new StringWriter(new StringBuilder(64 * 1024));
        html.Write("<p class=\"actions\"><a href=\"/\">← all stories</a>");
        html.Write($"<a href=\"/api/stories/{id}/ledger.xlsx\" download>ledger as Excel</a>");
        html.Write($"<a href=\"/api/stories/{id}/ledger.csv\" download>ledger as CSV</a>");
        html.Write($"<a href=\"/api/stories/{id}/points.csv\" download>figures of the ledger as CSV</a>");
        html.Write($"<a href=\"/api/stories/{id}/ledger.hxl\" download>ledger as HXL</a>");
        html.Write($"<a href=\"/api/stories/{id}/points.hxl\" download>figures as HXL</a>");
        html.Write($"<a href=\"/api/stories/{id}/figures.csv\" download>every figure as CSV</a>");
        html.Write($"<a href=\"/api/stories/{id}\">ledger as JSON</a>");
        html.Write("<a href=\"/add\">add a report</a></p>\n");
        html.Write(changes);
        LedgerHtml.WriteStorySection(html, ledger, reportId => "/reports/" + Page.Url(reportId));
        return html.ToString();
    }

    /// <summary>The id of each series' section on the page: <see cref="LedgerHtml.WriteStorySection"/> numbers them in ledger order (<c>story-1-s3</c>).</summary>
    public static Func<string, string?> SectionOf(StoryLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var sections = ledger.Series.Select((s, k) => (s.Id, Section: string.Create(CultureInfo.InvariantCulture, $"story-1-s{k + 1}")))
            .DistinctBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(s => s.Id, s => s.Section, StringComparer.Ordinal);
        return seriesId => sections.GetValueOrDefault(seriesId);
    }
}
