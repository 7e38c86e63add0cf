namespace Sitrep.Core;

/// <summary>An expected problem with content, reported as a value rather than thrown.</summary>
/// <param name="Input">The input it concerns (a path, URL, article id or manifest line).</param>
/// <param name="Code">A short stable code, e.g. <c>empty-file</c>, <c>not-utf8</c>, <c>published-inferred</c>.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string? Input = null)
{
    public override string ToString() => Input is null ? $"{Severity.ToString().ToLowerInvariant()}: {Message}" : $"{Input}: {Message}";
}
