namespace Sitrep.Ingest.Web;

/// <summary>What the previous fetch of a URL gave, sent back so the server can answer 304 Not Modified (a conditional request).</summary>
/// <param name="ETag">Sent as If-None-Match.</param>
/// <param name="LastModified">Sent as If-Modified-Since, as the server wrote it.</param>
public sealed record FetchConditions(string? ETag, string? LastModified);
