using Sitrep.Core;

namespace Sitrep.Ingest;

/// <summary>An article, or the reason an input gave none. Exactly one of the two is set.</summary>
public sealed record ReadOutcome(Article? Article, Diagnostic? Failure)
{
    /// <summary>Warnings about an article that was read all the same (a feed item kept as its summary because its link failed).</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];

    /// <summary>For a web page: the text the reader left out and why, so a user can check the selection.</summary>
    public IReadOnlyList<DroppedText> Dropped { get; init; } = [];

    public static ReadOutcome Ok(Article article) => new(article, null);

    public static ReadOutcome Fail(string input, string code, string message) =>
        new(null, new Diagnostic(DiagnosticSeverity.Error, code, message, input));
}
