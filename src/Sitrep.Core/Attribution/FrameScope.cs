namespace Sitrep.Core.Attribution;

/// <summary>Which part of a sentence a source frame covers.</summary>
public enum FrameScope
{
    /// <summary>"X said (that) …": what follows the verb.</summary>
    After,
    /// <summary>"…, X said": what precedes the subject.</summary>
    Before,
    /// <summary>"according to X": the whole sentence.</summary>
    Sentence,
}
