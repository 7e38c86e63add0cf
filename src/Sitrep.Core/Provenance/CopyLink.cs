namespace Sitrep.Core.Provenance;

/// <summary>An earlier article this one copies, and how.</summary>
/// <param name="Similarity">For <see cref="CopyKind.Verbatim"/> and <see cref="CopyKind.LightlyEdited"/> the word-shingle Jaccard (or, for an abridged copy, the share of this article found in the earlier one); for <see cref="CopyKind.SharedParagraphs"/> the share of this article's paragraphs that echo it; for <see cref="CopyKind.Reworded"/> the share of name-and-figure trigrams in common.</param>
/// <param name="SharedParagraphs">This article's paragraphs that echo the earlier one.</param>
public sealed record CopyLink(string SourceId, CopyKind Kind, double Similarity, int SharedParagraphs);
