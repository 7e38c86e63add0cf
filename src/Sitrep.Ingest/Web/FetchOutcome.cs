using Sitrep.Core;

namespace Sitrep.Ingest.Web;

/// <summary>A fetched body, or the one-line reason there is none. Exactly one is set, unless the server said the resource is <see cref="NotModified"/>.</summary>
public sealed record FetchOutcome(FetchedResource? Resource, Diagnostic? Failure)
{
    /// <summary>The server answered 304 to a conditional request: what was fetched before is still current.</summary>
    public bool NotModified { get; init; }

    public static FetchOutcome Unchanged() => new(null, null) { NotModified = true };

    public static FetchOutcome Fail(string url, string code, string message) =>
        new(null, new Diagnostic(DiagnosticSeverity.Error, code, message, url));
}
