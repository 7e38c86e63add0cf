using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sitrep.Web.Logging;

/// <summary>One log event per request, when its response is complete: method, path, status and time taken in milliseconds.</summary>
public static partial class RequestLog
{
    /// <summary>Times the rest of the pipeline and logs the request once it is answered (or fails).</summary>
    public static async Task Middleware(HttpContext context, RequestDelegate next, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        long started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            Answered(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "request", Level = LogLevel.Information, Message = "{Method} {Path} {Status} {ElapsedMs:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double elapsedMs);
}
