using Sitrep.Core;

namespace Sitrep.Ingest.Html;

/// <summary>A block of a page's main text and what it is.</summary>
public sealed record MainTextBlock(string Text, BlockRole Role);
