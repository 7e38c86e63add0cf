using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Shared;

/// <summary>
/// Bytes encoded once and shared by every request, written out a slice at a time with the connection's
/// back-pressure: a slow reader holds the server to one slice in flight rather than its own copy of a
/// page of many megabytes (a single large write is copied whole into the connection's buffer).
/// </summary>
public sealed class CachedBytes(byte[] bytes, string contentType) : IResult
{
    /// <summary>64 KiB: Kestrel's default response buffer.</summary>
    public const int SliceBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        var cancellation = httpContext.RequestAborted;
        for (int offset = 0; offset < bytes.Length; offset += SliceBytes)
        {
            var flushed = await response.BodyWriter.WriteAsync(bytes.AsMemory(offset, Math.Min(SliceBytes, bytes.Length - offset)), cancellation);
            if (flushed.IsCanceled || flushed.IsCompleted)
            {
                return;
            }
        }
    }
}
