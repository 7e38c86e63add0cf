namespace Sitrep.Core;

/// <summary>A paragraph-like unit of an article's text and what it is.</summary>
public sealed record Block(TextSpan Span, BlockRole Role);
