namespace Sitrep.Ingest.Html;

/// <summary>What main-text selection kept (in page order), what it left out, and the container it chose.</summary>
/// <param name="Container">A short description of the element chosen as the article ("div#story-body"), or null.</param>
public sealed record MainText(IReadOnlyList<MainTextBlock> Blocks, IReadOnlyList<DroppedText> Dropped, string? Container);
