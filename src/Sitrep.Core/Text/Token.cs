namespace Sitrep.Core.Text;

/// <summary>A token of an article's text: a span and its kind. The text itself stays in the article.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;
}
