using Sitrep.Core.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The tokens of an article's readable blocks (body, title, repeat), read once by the cleaner, in block order: the
/// repeat finder reads the body's words from them, and the pipeline its sentences.
/// </summary>
internal sealed class BlockTokens
{
    private readonly int[] _bounds;

    private BlockTokens(List<Token> tokens, int[] bounds)
    {
        Tokens = tokens;
        _bounds = bounds;
    }

    public List<Token> Tokens { get; }

    /// <summary>Whether a block of this role is read for figures, and so tokenized.</summary>
    public static bool IsRead(BlockRole role) => role is BlockRole.Body or BlockRole.Title or BlockRole.Repeat;

    /// <summary>The first token of block <paramref name="block"/> (its end when it has none or is not read).</summary>
    public int First(int block) => _bounds[2 * block];

    /// <summary>The end (exclusive) of block <paramref name="block"/>'s tokens.</summary>
    public int End(int block) => _bounds[(2 * block) + 1];

    /// <summary>Tokenizes each block <see cref="IsRead"/> says is read, into <paramref name="into"/> (empty) or a new list.</summary>
    public static BlockTokens Read(string text, IReadOnlyList<Block> blocks, List<Token>? into = null)
    {
        // Real reports run about five characters a token: room for four is rarely outgrown (a list that grows copies itself).
        var tokens = into ?? new List<Token>((text.Length / 4) + 16);
        tokens.EnsureCapacity((text.Length / 4) + 16);
        var bounds = new int[2 * blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            bounds[2 * b] = tokens.Count;
            if (IsRead(blocks[b].Role))
            {
                Tokenizer.Tokenize(text, blocks[b].Span, tokens);
            }

            bounds[(2 * b) + 1] = tokens.Count;
        }

        return new BlockTokens(tokens, bounds);
    }
}
