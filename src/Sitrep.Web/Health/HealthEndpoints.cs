using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Store;
using Sitrep.Web.Shared;

namespace Sitrep.Web.Health;

/// <summary><c>/healthz</c>: 200 with a small report when the store answers, 503 with the reason when it does not.</summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ISitrepStore store, StoreFollower follower, TimeProvider time)
    {
        long started = time.GetTimestamp();
        app.MapGet("/healthz", Results<Ok<HealthReport>, ProblemHttpResult> () =>
        {
            try
            {
                store.Ping();
                var watched = store.ListWatches();
                return TypedResults.Ok(new HealthReport("ok", store.SchemaVersion, (long)time.GetElapsedTime(started).TotalSeconds, follower.Seen,
                    watched.Count, watched.Count(w => w.Failures > 0)));
            }
            catch (StoreException e)
            {
                return TypedResults.Problem(title: "Store unavailable", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        })
        .WithTags("Health")
        .WithSummary("Whether the server and its store are up")
        .WithDescription("200 with the store's schema version, the server's uptime, the last story assignment it has taken in and the watch list's state; 503 with the reason when the store does not answer.");
    }
}
