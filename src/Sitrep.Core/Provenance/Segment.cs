namespace Sitrep.Core.Provenance;

/// <summary>A sentence of an article: its span and the paragraph it belongs to.</summary>
internal readonly record struct Segment(TextSpan Span, int Paragraph);
