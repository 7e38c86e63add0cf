using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Store.Changes;
using Sitrep.Web.Changes;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Stories;

/// <summary>The story list and a story's ledger, as pages and as JSON.</summary>
public static class StoryEndpoints
{
    public const int MaxLimit = 500;

    /// <summary>Changes the story list shows (the latest across the store) and a story's page shows (its own).</summary>
    public const int LatestChanges = 8;

    public const int StoryChanges = 50;

    private const string StoryHint = "GET /api/stories lists the stories it holds.";

    public static void Map(IEndpointRouteBuilder app, ISitrepStore store, LedgerCache ledgers)
    {
        app.MapGet("/", (string? q, int? limit, int? offset) =>
        {
            if (Paging.Check(limit, offset) is { } bad)
            {
                return Page.Error(StatusCodes.Status400BadRequest, "Bad request", bad);
            }

            var stories = Find(store, q, limit ?? 100, offset ?? 0);
            var latest = q is null && (offset ?? 0) == 0 ? store.ReadChanges(new ChangeQuery(Limit: LatestChanges)) : [];
            return Page.Html(q is null ? "Stories" : $"Stories matching {q}", StoryListPage.Render(store, stories, q, limit ?? 100, offset ?? 0, ChangeList.Latest(latest)));
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id}", (string id) =>
        {
            var view = ledgers.Get(id);
            return view is null
                ? Page.Error(StatusCodes.Status404NotFound, "No such story", $"This store has no story '{id}'. The story list has every story it holds.")
                : Page.Bytes(view.Page(v => StoryPage.Render(v, ChangeList.Story(id, store.ReadChanges(new ChangeQuery(StoryId: id, Limit: StoryChanges)), StoryPage.SectionOf(v.Ledger)))));
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Stories");
        api.MapGet("/stories", (string? q, int? limit, int? offset) =>
        {
            if (Paging.Check(limit, offset) is { } bad)
            {
                return Problems.BadRequest(bad);
            }

            var stories = Find(store, q, limit ?? 100, offset ?? 0);
            return ApiJson.Result(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("stories");
                foreach (var story in stories)
                {
                    ApiJson.StorySummary(w, story, StoryHeadlines.Read(store, story.Id));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        })
        .WithSummary("Stories, most recently updated first")
        .WithDescription("q: only stories whose title or reports contain this text. Each story has its dates, number of reports, outlets and headline figures (best estimates of its main series).")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id}", (string id) =>
        {
            var view = ledgers.Get(id);
            return view is null
                ? Problems.NotFound("story", id, StoryHint)
                : new CachedBytes(view.Json(), "application/json; charset=utf-8");
        })
        .WithSummary("A story's ledger")
        .WithDescription("The same JSON as `sitrep report --format json`: reports, and per series its points (figure records), relations (echo, revision, conflict), best estimate with range, and flags.")
        .Produces(StatusCodes.Status200OK, contentType: "application/json")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stories/{id}/figures.csv", (string id) =>
        {
            var view = ledgers.Get(id);
            if (view is null)
            {
                return Problems.NotFound("story", id, StoryHint);
            }

            var csv = new StringBuilder(FigureCsv.Header).Append('\n');
            foreach (var article in view.Contents.Articles)
            {
                var offsets = new CodePointOffsets(article.Article.Text);
                foreach (var figure in article.Figures.Where(f => f.Measure != Measure.Other))
                {
                    csv.Append(FigureCsv.Row(figure, offsets)).Append('\n');
                }
            }

            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"{FileName(id)}-figures.csv");
        })
        .WithSummary("A story's figures as CSV")
        .WithDescription("One row per figure of the story's reports, with the columns of `sitrep extract --format csv`.")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IReadOnlyList<StorySummary> Find(ISitrepStore store, string? q, int limit, int offset) =>
        string.IsNullOrWhiteSpace(q) ? store.ListStories(limit, offset) : store.SearchStories(q.Trim(), limit);

    private static string FileName(string id) =>
        new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').Take(80).ToArray());
}

/// <summary>Checks of <c>limit</c> and <c>offset</c> query values.</summary>
public static class Paging
{
    public static string? Check(int? limit, int? offset) =>
        limit is < 1 or > StoryEndpoints.MaxLimit ? $"limit must be between 1 and {StoryEndpoints.MaxLimit}"
        : offset is < 0 ? "offset must be 0 or more"
        : null;
}
