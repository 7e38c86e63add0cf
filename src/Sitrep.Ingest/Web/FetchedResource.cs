namespace Sitrep.Ingest.Web;

/// <summary>A response body Sitrep fetched.</summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="Url">The URL it finally came from, after redirects.</param>
/// <param name="MediaType">The Content-Type media type, lower case, or null when the server sent none.</param>
/// <param name="Charset">The Content-Type charset, if any.</param>
public sealed record FetchedResource(string RequestedUrl, string Url, string? MediaType, string? Charset, byte[] Body)
{
    /// <summary>The response's ETag, to send back next time (see <see cref="FetchConditions"/>).</summary>
    public string? ETag { get; init; }

    /// <summary>The response's Last-Modified as the server wrote it.</summary>
    public string? LastModified { get; init; }

    /// <summary>What the media type says the body is; <see cref="ContentKinds.None"/> when it says nothing we read.</summary>
    public ContentKinds Kind => KindOf(MediaType);

    public static ContentKinds KindOf(string? mediaType) => mediaType switch
    {
        null or "" => ContentKinds.Any,
        "text/html" or "application/xhtml+xml" => ContentKinds.Html,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/xml" or "text/xml"
            or "application/feed+xml" or "application/x-rss+xml" => ContentKinds.Feed,
        "text/plain" => ContentKinds.PlainText,
        "application/pdf" or "application/x-pdf" => ContentKinds.Pdf,
        _ => ContentKinds.None,
    };
}
