namespace Sitrep.Core.Provenance;

/// <summary>The earlier passage a passage repeats.</summary>
/// <param name="Span">The passage in the earlier article's text.</param>
/// <param name="Similarity">Share of the passage found in the earlier one (word shingles; for <see cref="CopyKind.Reworded"/>, names and figures).</param>
public sealed record PassageEcho(string ArticleId, TextSpan Span, CopyKind Kind, double Similarity);
