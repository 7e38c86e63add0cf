namespace Sitrep.Core.Text;

/// <summary>A token of an article's text: a span and its kind. The text itself stays in the article.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore)
{
    /// <summary>
    /// The token's text hashed as the lexicons compare words (<see cref="WordFold.Hash"/>), so that each table it is
    /// looked up in need not hash it again. Set by the <see cref="Tokenizer"/>; 0 on a token made otherwise, which the
    /// tables then hash themselves.
    /// </summary>
    public int Hash { get; init; }

    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;
}
