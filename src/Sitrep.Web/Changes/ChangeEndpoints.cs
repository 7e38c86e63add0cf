using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store;
using Sitrep.Store.Changes;
using Sitrep.Store.Watching;

namespace Sitrep.Web.Changes;

/// <summary>What changed in the ledgers: <c>/api/changes</c> as JSON, and Atom feeds for the store and for each story.</summary>
public static class ChangeEndpoints
{
    public const int MaxLimit = 500;

    /// <summary>Entries in a feed: the latest changes.</summary>
    public const int FeedEntries = 50;

    public static void Map(IEndpointRouteBuilder app, ISitrepStore store, TimeProvider time)
    {
        app.MapGet("/api/changes", Results<Ok<ChangePage>, ProblemHttpResult> (string? since, string? story, int? limit, string? cursor) =>
        {
            if (Query(since, story, limit, cursor, time.GetUtcNow()) is not { } query)
            {
                return TypedResults.Problem(title: "Bad request", statusCode: StatusCodes.Status400BadRequest,
                    detail: $"since is a duration back from now (90s, 10m, 24h, 7d) or an ISO date or time (2023-09-26T08:00Z); limit is 1 to {MaxLimit}; cursor is the next value of a previous page");
            }

            var changes = store.ReadChanges(query);
            string? next = changes.Count == query.Limit && changes.Count > 0 ? changes[^1].Seq.ToString(CultureInfo.InvariantCulture) : null;
            return TypedResults.Ok(new ChangePage(changes, next));
        })
        .WithTags("Changes")
        .WithSummary("What changed in the ledgers, newest first")
        .WithDescription("Each change of a series' best estimate or range, recorded when new reports rebuilt its story's ledger: before and after, " +
            "the rule and basis of the new estimate, the reports that caused it, and a one-line digest. since: a duration (24h) or an ISO time; " +
            "story: one story's changes; limit: 1 to 500 (default 100); cursor: the next value of the previous page.");

        app.MapGet("/feeds/changes.atom", (HttpRequest request) =>
            Results.Content(ChangeFeed.Write("Sitrep: what changed", BaseUrl(request), "/feeds/changes.atom", "/",
                store.ReadChanges(new ChangeQuery(Limit: FeedEntries)), time.GetUtcNow()), ChangeFeed.ContentType))
        .WithTags("Changes")
        .WithSummary("Every story's changes as an Atom feed")
        .Produces<string>(StatusCodes.Status200OK, "application/atom+xml");

        app.MapGet("/feeds/stories/{id}/changes.atom", Results<ContentHttpResult, ProblemHttpResult> (string id, HttpRequest request) =>
        {
            if (store.GetStorySummary(id) is not { } story)
            {
                return TypedResults.Problem(title: "No such story", detail: $"This store has no story '{id}'. GET /api/stories lists the stories it holds.",
                    statusCode: StatusCodes.Status404NotFound);
            }

            string path = $"/feeds/stories/{Uri.EscapeDataString(id)}/changes.atom";
            return TypedResults.Content(ChangeFeed.Write($"Sitrep: {story.Title ?? story.Id}", BaseUrl(request), path, $"/stories/{Uri.EscapeDataString(id)}",
                store.ReadChanges(new ChangeQuery(StoryId: id, Limit: FeedEntries)), time.GetUtcNow()), ChangeFeed.ContentType);
        })
        .WithTags("Changes")
        .WithSummary("A story's changes as an Atom feed")
        .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The query the parameters ask for, or null when one of them is malformed.</summary>
    public static ChangeQuery? Query(string? since, string? story, int? limit, string? cursor, DateTimeOffset now)
    {
        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!Durations.TryParseSince(since, now, out var parsed))
            {
                return null;
            }

            from = parsed;
        }

        long? before = null;
        if (!string.IsNullOrWhiteSpace(cursor))
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out long seq))
            {
                return null;
            }

            before = seq;
        }

        return limit is < 1 or > MaxLimit ? null : new ChangeQuery(from, string.IsNullOrWhiteSpace(story) ? null : story, limit ?? 100, before);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";
}
