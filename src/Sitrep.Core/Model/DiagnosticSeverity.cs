namespace Sitrep.Core;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
