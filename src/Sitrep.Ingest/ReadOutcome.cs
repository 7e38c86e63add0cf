using Sitrep.Core;

namespace Sitrep.Ingest;

/// <summary>An article, or the reason an input gave none. Exactly one of the two is set.</summary>
public sealed record ReadOutcome(Article? Article, Diagnostic? Failure)
{
    public static ReadOutcome Ok(Article article) => new(article, null);

    public static ReadOutcome Fail(string input, string code, string message) =>
        new(null, new Diagnostic(DiagnosticSeverity.Error, code, message, input));
}
