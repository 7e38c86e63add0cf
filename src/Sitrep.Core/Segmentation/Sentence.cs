namespace Sitrep.Core.Segmentation;

/// <summary>A sentence: its span in the original text, its tokens (indices into the article's token list) and its block.</summary>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount, int BlockIndex, BlockRole Role)
{
    public int EndToken => FirstToken + TokenCount;
}
