using System.Text;
using Sitrep.Core;

namespace Sitrep.Ingest;

/// <summary>
/// Lays out an article's text the way every reader does: the title, a blank line, then one block a
/// paragraph, blocks separated by blank lines. Each block's white space is collapsed to single
/// spaces, so offsets into <see cref="Article.Text"/> are stable and blocks never hold line breaks.
/// </summary>
public sealed class ArticleTextBuilder
{
    private const string Separator = "\n\n";

    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];

    public int Count => _blocks.Count;

    /// <summary>Characters so far, separators included.</summary>
    public int Length => _text.Length;

    /// <summary>Adds a block after collapsing its white space; an empty block is skipped. Returns whether it was added.</summary>
    public bool Add(string text, BlockRole role)
    {
        string clean = Normalize(text);
        if (clean.Length == 0)
        {
            return false;
        }

        if (_text.Length > 0)
        {
            _text.Append(Separator);
        }

        _blocks.Add(new Block(new TextSpan(_text.Length, clean.Length), role));
        _text.Append(clean);
        return true;
    }

    public (string Text, IReadOnlyList<Block> Blocks) Build() => (_text.ToString(), _blocks.ToArray());

    /// <summary>
    /// Collapses runs of white space (no-break spaces and line breaks included) to one space, drops
    /// invisible characters (zero-width, soft hyphen, byte-order mark) and trims.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNormal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> would return the text as it is: no invisible character, and no space but single ones between words.</summary>
    private static bool IsNormal(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD' or '\uFEFF')
            {
                return false;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]) || char.IsControl(text[i + 1]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
