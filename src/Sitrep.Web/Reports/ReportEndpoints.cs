using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web.Contracts;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Reports;

/// <summary>A report's page and JSON, and figures across the store.</summary>
public static class ReportEndpoints
{
    public const int MaxFigures = 10_000;

    /// <summary>Figures in a page when the request gives no limit.</summary>
    public const int DefaultFigures = 1000;

    private const string ReportHint = "A story's ledger (GET /api/stories/{id}) lists its reports.";

    public static void Map(IEndpointRouteBuilder app, ISitrepStore store, ExtractionPipeline pipeline)
    {
        app.MapGet("/reports/{id}", (string id) =>
        {
            var stored = store.GetArticle(id);
            return stored is null
                ? Page.Error(StatusCodes.Status404NotFound, "No such report", $"This store has no report '{id}'. Each story's page lists its reports.")
                : Page.Html(stored.Article.Title ?? stored.Article.Id, ReportPage.Render(stored, pipeline.Clean(stored.Article), store.GetVersions(id)));
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Reports");
        api.MapGet("/reports/{id}", Results<Ok<ReportDetail>, ProblemHttpResult> (string id, bool? text) =>
        {
            var stored = store.GetArticle(id);
            return stored is null
                ? Problems.NotFound("report", id, ReportHint)
                : TypedResults.Ok(ReportDetail.From(stored, text ?? true));
        })
        .WithSummary("A report with its figures")
        .WithDescription("Metadata, story, copies seen elsewhere, text (text=false leaves it out) and every figure, each the record `sitrep extract --format jsonl` writes (with its page for a PDF).")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/figures", Results<Ok<FigureList>, ProblemHttpResult> (string? measure, string? story, string? report, string? country, string? admin1, int? limit, string? cursor) =>
        {
            Measure? wanted = null;
            if (!string.IsNullOrWhiteSpace(measure))
            {
                if (!Vocabulary.TryParseMeasure(measure, out var parsed))
                {
                    return Problems.BadRequest($"measure '{measure}' is not one of: {string.Join(", ", Vocabulary.MeasureNamesInOrder)}");
                }

                wanted = parsed;
            }

            if (limit is < 1 or > MaxFigures)
            {
                return Problems.BadRequest($"limit must be between 1 and {MaxFigures}");
            }

            if (!Cursor.TryFigure(cursor, out var after))
            {
                return Problems.BadRequest($"cursor '{cursor}' is not one this server gave; start without a cursor and follow next_cursor");
            }

            int size = limit ?? DefaultFigures;
            var page = store.PageFigures(new FigureQuery(wanted, NullIfBlank(story), NullIfBlank(report), size, NullIfBlank(country), NullIfBlank(admin1)), after);
            var articles = new Dictionary<string, (CodePointOffsets? Offsets, Article? Article)>(StringComparer.Ordinal);
            var records = page.Figures.Select(f =>
            {
                var (offsets, article) = Report(store, articles, f.Doc);
                return FigureRecord.From(f, offsets, article is null ? null : ArticlePages.PageAt(article, f.Span.Start));
            }).ToList();
            return TypedResults.Ok(new FigureList(records, page.Total, size, page.Next is { } next ? Cursor.Of(next) : null));
        })
        .WithSummary("Figures across the store, a page at a time")
        .WithDescription("Filter by measure (killed, injured, displaced, …), story id, report id, country (ISO 3166-1 alpha-2: `country=AM`) and first-level area (ISO 3166-2: `admin1=AM-SU`) of the figure's place. At most `limit` figures (default 1,000, at most 10,000) in report and text order, with `total` over all pages; pass `next_cursor` back as `cursor` for the next page (null on the last).")
        .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Offsets in code points and pages need the report; each report is read once per request.</summary>
    private static (CodePointOffsets? Offsets, Article? Article) Report(IStoreReader store, Dictionary<string, (CodePointOffsets?, Article?)> cache, string doc)
    {
        if (!cache.TryGetValue(doc, out var known))
        {
            var article = store.GetArticle(doc)?.Article;
            known = (article is null ? null : new CodePointOffsets(article.Text), article);
            cache[doc] = known;
        }

        return known;
    }
}
