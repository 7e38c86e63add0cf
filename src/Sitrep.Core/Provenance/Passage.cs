namespace Sitrep.Core.Provenance;

/// <summary>A paragraph or a sentence of an article, and the earlier passage it echoes (<c>null</c> when it is new).</summary>
/// <param name="Paragraph">Index of the paragraph (for a sentence, of the paragraph holding it).</param>
public sealed record Passage(TextSpan Span, int Paragraph, PassageEcho? Echo);
