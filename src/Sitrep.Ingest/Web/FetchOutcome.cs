using Sitrep.Core;

namespace Sitrep.Ingest.Web;

/// <summary>A fetched body, or the one-line reason there is none. Exactly one is set.</summary>
public sealed record FetchOutcome(FetchedResource? Resource, Diagnostic? Failure)
{
    public static FetchOutcome Fail(string url, string code, string message) =>
        new(null, new Diagnostic(DiagnosticSeverity.Error, code, message, url));
}
