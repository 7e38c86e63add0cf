namespace Sitrep.Core.Segmentation;

/// <summary>A sentence: its span in the original text, its tokens (indices into the article's token list) and its block.</summary>
/// <param name="Windowed">A window of a stretch of text too long to be one sentence (see <see cref="ExtractionBudget.MaxSentenceTokens"/>).</param>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount, int BlockIndex, BlockRole Role, bool Windowed = false)
{
    public int EndToken => FirstToken + TokenCount;
}
