namespace Sitrep.Core.Lexicons;

/// <summary>What a phrase of <c>revisions.tsv</c> says about the figures near it.</summary>
[Flags]
public enum RevisionCue
{
    None = 0,
    /// <summary>The sentence corrects an earlier count ("revised down to 68", "far lower than").</summary>
    Revises = 1 << 0,
    /// <summary>A figure right after it is the earlier count ("previous reports that had put the number as high as 125").</summary>
    Superseded = 1 << 1,
}
