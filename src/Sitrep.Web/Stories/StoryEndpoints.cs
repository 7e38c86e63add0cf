using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Store.Changes;
using Sitrep.Web.Changes;
using Sitrep.Web.Contracts;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Stories;

/// <summary>The story list and a story's ledger, as pages and as JSON.</summary>
public static class StoryEndpoints
{
    public const int MaxLimit = 500;

    /// <summary>Changes the story list shows (the latest across the store) and a story's page shows (its own).</summary>
    public const int LatestChanges = 8;

    public const int StoryChanges = 50;
    /// <summary>Stories a search pages through at most.</summary>
    public const int MaxSearch = 10_000;

    private const string StoryHint = "GET /api/stories lists the stories it holds.";

    public static void Map(IEndpointRouteBuilder app, ISitrepStore store, LedgerCache ledgers)
    {
        app.MapGet("/", (string? q, string? country, int? limit, int? offset) =>
        {
            if (Paging.Check(limit, offset) is { } bad)
            {
                return Page.Error(StatusCodes.Status400BadRequest, "Bad request", bad);
            }

            country = string.IsNullOrWhiteSpace(country) ? null : country.Trim();
            var stories = country is null ? Find(store, q, limit ?? 100, offset ?? 0) : StoryPageOf(store, q, country, limit ?? 100, offset ?? 0).Stories;
            var latest = q is null && country is null && (offset ?? 0) == 0 ? store.ReadChanges(new ChangeQuery(Limit: LatestChanges)) : [];
            string title = q is null ? "Stories" : $"Stories matching {q}";
            return Page.Html(country is null ? title : $"{title} in {country}", StoryListPage.Render(store, stories, q, limit ?? 100, offset ?? 0, ChangeList.Latest(latest), country));
        }).ExcludeFromDescription();

        app.MapGet("/stories/{id}", (string id) =>
        {
            var view = ledgers.Get(id);
            return view is null
                ? Page.Error(StatusCodes.Status404NotFound, "No such story", $"This store has no story '{id}'. The story list has every story it holds.")
                : Page.Bytes(view.Page(v => StoryPage.Render(v, ChangeList.Story(id, store.ReadChanges(new ChangeQuery(StoryId: id, Limit: StoryChanges)), StoryPage.SectionOf(v.Ledger)))));
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Stories");
        api.MapGet("/stories", Results<Ok<StoryList>, ProblemHttpResult> (string? q, string? country, int? limit, string? cursor) =>
        {
            if (Paging.Check(limit, 0) is { } bad)
            {
                return Problems.BadRequest(bad);
            }

            if (!Cursor.TryStory(cursor, out int offset))
            {
                return Problems.BadRequest($"cursor '{cursor}' is not one this server gave; start without a cursor and follow next_cursor");
            }

            int size = limit ?? 100;
            var (stories, total) = StoryPageOf(store, q, string.IsNullOrWhiteSpace(country) ? null : country.Trim(), size, offset);
            var items = stories.Select(s => StoryListItem.From(s, StoryHeadlines.Read(store, s.Id))).ToList();
            string? next = offset + stories.Count < total && stories.Count > 0 ? Cursor.Of(offset + stories.Count) : null;
            return TypedResults.Ok(new StoryList(items, total, size, next));
        })
        .WithSummary("Stories, most recently updated first, a page at a time")
        .WithDescription("q: only stories whose title or reports contain this text; country: only stories with a figure placed in this country (ISO 3166-1 alpha-2, `country=AM`). Each story has its dates, number of reports, outlets and headline figures (best estimates of its main series). At most `limit` stories (default 100, at most 500), `total` over all pages; pass `next_cursor` back as `cursor` for the next page.")
        .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id}", Results<CachedJson<LedgerStory>, ProblemHttpResult> (string id) =>
        {
            var view = ledgers.Get(id);
            return view is null
                ? Problems.NotFound("story", id, StoryHint)
                : new CachedJson<LedgerStory>(view.Json());
        })
        .WithSummary("A story's ledger")
        .WithDescription("The same JSON as `sitrep report --format json`: reports, and per series its points (figure records), relations (echo, revision, conflict), best estimate with range, basis, rule and exclusions, and flags.")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stories/{id}/figures.csv", IResult (string id) =>
        {
            var view = ledgers.Get(id);
            return view is null
                ? Problems.NotFound("story", id, StoryHint)
                : TypedResults.File(Encoding.UTF8.GetBytes(StoryDownloads.FiguresCsv(view)), "text/csv; charset=utf-8", $"{FileName(id)}-figures.csv");
        })
        .WithSummary("A story's figures as CSV")
        .WithDescription("One row per figure of the story's reports, with the columns of `sitrep extract --format csv` and the story, series and whether each figure is independent or an echo. UTF-8 with a byte-order mark, for spreadsheets.")
        .Produces<Stream>(StatusCodes.Status200OK, "text/csv")
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stories/{id}/{table}.{format}", IResult (string id, string table, string format) =>
        {
            if (!StoryDownloads.Knows(table, format))
            {
                return TypedResults.Problem(title: "No such download", statusCode: StatusCodes.Status404NotFound,
                    detail: $"'{table}.{format}' is not a download; a story has {string.Join(", ", StoryDownloads.Names)}.");
            }

            var view = ledgers.Get(id);
            if (view is null)
            {
                return Problems.NotFound("story", id, StoryHint);
            }

            var (bytes, contentType) = StoryDownloads.Table(view, table, format);
            return TypedResults.File(bytes, contentType, $"{FileName(id)}-{table}{StoryDownloads.Extension(format)}");
        })
        .WithSummary("A story's ledger as a table")
        .WithDescription("`ledger.csv`, `ledger.hxl`: one row per series (best, low, high, as-of, source, basis, rule, flags, reports, independent sources); `points.csv`, `points.hxl`: every figure with its series, outlet, URL, date, sentence and why it does or does not count; `ledger.xlsx`: both as sheets of one workbook. The same tables as `sitrep report --format csv|hxl|xlsx`.")
        .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A page of stories and how many there are: the store's list, or the stories matching <paramref name="q"/>, of those with figures in <paramref name="country"/> when given.</summary>
    private static (IReadOnlyList<StorySummary> Stories, long Total) StoryPageOf(ISitrepStore store, string? q, string? country, int limit, int offset)
    {
        if (country is not null)
        {
            var placed = store.StoriesIn(country, MaxSearch);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var matching = store.SearchStories(q.Trim(), MaxSearch).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                placed = [.. placed.Where(s => matching.Contains(s.Id))];
            }

            return (placed.Skip(offset).Take(limit).ToList(), placed.Count);
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return (store.ListStories(limit, offset), store.Count().Stories);
        }

        var matches = store.SearchStories(q.Trim(), MaxSearch);
        return (matches.Skip(offset).Take(limit).ToList(), matches.Count);
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
