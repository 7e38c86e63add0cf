namespace Sitrep.Core.Lexicons;

public enum ReportingKind
{
    /// <summary>The source is the verb's subject: "X said", "said X".</summary>
    Verb,
    /// <summary>The source follows the phrase: "according to X", "citing X".</summary>
    Prep,
}
