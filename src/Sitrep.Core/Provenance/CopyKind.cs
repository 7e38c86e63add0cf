namespace Sitrep.Core.Provenance;

/// <summary>How an article (or a passage) repeats an earlier one.</summary>
public enum CopyKind
{
    /// <summary>The same text, republished (word-shingle Jaccard ≥ <see cref="ProvenanceOptions.VerbatimJaccard"/>).</summary>
    Verbatim,
    /// <summary>The same text lightly edited, trimmed or extended (Jaccard ≥ <see cref="ProvenanceOptions.EditedJaccard"/>, or most of it contained in the earlier one).</summary>
    LightlyEdited,
    /// <summary>A different text that keeps several paragraphs of the earlier one: the same outlet updating a running story, or a report built on another.</summary>
    SharedParagraphs,
    /// <summary>The words differ but the sequence of names and figures is the earlier one's: a machine-reworded (synonym-spun) copy.</summary>
    Reworded,
}
