using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Reports;

/// <summary>A report's page and JSON, and figures across the store.</summary>
public static class ReportEndpoints
{
    public const int MaxFigures = 10_000;

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
        api.MapGet("/reports/{id}", (string id, bool? text) =>
        {
            var stored = store.GetArticle(id);
            return stored is null
                ? Problems.NotFound("report", id, ReportHint)
                : ApiJson.Result(w => ApiJson.Report(w, stored, text ?? true));
        })
        .WithSummary("A report with its figures")
        .WithDescription("Metadata, story, copies seen elsewhere, text (text=false leaves it out) and every figure, each the record `sitrep extract --format jsonl` writes.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/figures", (string? measure, string? story, string? report, int? limit) =>
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

            var figures = store.FindFigures(new FigureQuery(wanted, NullIfBlank(story), NullIfBlank(report), limit ?? 1000));
            var offsets = new Dictionary<string, CodePointOffsets?>(StringComparer.Ordinal);
            return ApiJson.Result(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("figures");
                foreach (var figure in figures)
                {
                    FigureJson.Write(w, figure, Offsets(store, offsets, figure.Doc));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        })
        .WithSummary("Figures across the store")
        .WithDescription("Filter by measure (killed, injured, displaced, …), story id and report id; at most `limit` (default 1,000) figures, in report and text order.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Offsets in code points need the report's text; each report is read once per request.</summary>
    private static CodePointOffsets? Offsets(IStoreReader store, Dictionary<string, CodePointOffsets?> cache, string doc)
    {
        if (!cache.TryGetValue(doc, out var offsets))
        {
            offsets = store.GetArticle(doc) is { } article ? new CodePointOffsets(article.Article.Text) : null;
            cache[doc] = offsets;
        }

        return offsets;
    }
}
