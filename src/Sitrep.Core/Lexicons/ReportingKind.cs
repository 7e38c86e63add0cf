namespace Sitrep.Core.Lexicons;

public enum ReportingKind
{
    /// <summary>The source is the verb's subject: "X said", "said X".</summary>
    Verb,
    /// <summary>The source follows the phrase: "according to X", "reported by X".</summary>
    Prep,
    /// <summary>
    /// The source follows the phrase and is where the reporter got the figure: "…, citing X", "quoting X".
    /// It replaces the subject of the reporting verb before it ("The agency reported 300 dead, citing local officials").
    /// </summary>
    Cite,
}
