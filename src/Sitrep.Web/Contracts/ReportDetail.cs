using System.Text.Json.Serialization;
using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Web.Contracts;

/// <summary>A stored report (<c>GET /api/reports/{id}</c>): metadata, story, number of pages of a PDF, copies seen elsewhere, text unless left out, and every figure.</summary>
public sealed record ReportDetail(
    string Id,
    string? Title,
    string? Outlet,
    string? Url,
    string? Published,
    string? Language,
    int Version,
    string? Story,
    IReadOnlyList<ReportCopy> Copies,
    IReadOnlyList<FigureRecord> Figures)
{
    /// <summary>How many pages a PDF report has; absent for other reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public int? Pages { get; init; }

    /// <summary>The report's text; absent when the request says <c>text=false</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(-1)]
    public string? Text { get; init; }

    public static ReportDetail From(StoredArticle stored, bool withText)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var article = stored.Article;
        var offsets = new CodePointOffsets(article.Text);
        int pages = ArticlePages.Count(article);
        return new ReportDetail(article.Id, article.Title, article.Outlet, article.Url, article.Published?.ToIso(), article.Language,
            stored.Version.Number, stored.StoryId,
            stored.AlsoSeenAt.Select(c => new ReportCopy(c.Source, c.Outlet, c.ReportedId, c.FirstSeenAt)).ToList(),
            stored.Figures.Select(f => FigureRecord.From(f, offsets, ArticlePages.PageAt(article, f.Span.Start))).ToList())
        {
            Pages = pages == 0 ? null : pages,
            Text = withText ? article.Text : null,
        };
    }
}
