namespace Sitrep.Core.Stories;

/// <summary>A term of one article with its weight before inverse document frequency: kind weight × (1 + ln count).</summary>
internal readonly record struct ArticleTerm(string Term, TermKind Kind, double Weight);
