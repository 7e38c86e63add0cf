using System.Text;

namespace Sitrep.Core;

/// <summary>
/// Text from reports made inert for Markdown (CommonMark and GitHub tables): it reads as written
/// and can start no emphasis, link, image, HTML tag, code span, heading, list or table cell.
/// </summary>
public static class MarkdownText
{
    /// <summary>Punctuation that starts Markdown syntax anywhere in a line.</summary>
    private const string Special = "\\`*_[]|~&!#$";

    /// <summary>
    /// Escapes the characters that start inline syntax, turns line breaks into spaces (so the text
    /// stays in its table cell or list item), and escapes a leading list, heading or block-quote marker.
    /// </summary>
    public static string Escape(string? text) => EscapeLeadingMarker(EscapeInline(text).Trim());

    /// <summary>Like <see cref="Escape"/> for a piece of a line: keeps its outer spaces and leaves its start alone.</summary>
    public static string EscapeInline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch is '\r' or '\n' or '\t' or '\f' or '\v')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            if (char.IsControl(ch))
            {
                continue;
            }

            if (Special.Contains(ch, StringComparison.Ordinal) || (ch == '<' && StartsTag(text, i + 1)))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>Whether a '&lt;' before <paramref name="next"/> could open an HTML tag, comment or autolink ("&lt;b", "&lt;/", "&lt;!", "&lt;?"); "&lt;~40%" cannot.</summary>
    private static bool StartsTag(string text, int next) =>
        next >= text.Length || char.IsAsciiLetter(text[next]) || text[next] is '/' or '!' or '?';

    /// <summary>"- x", "+ x", "= x", "> x", "1. x", "1) x" at the start of a line would make a list, a heading underline or a numbered item.</summary>
    private static string EscapeLeadingMarker(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] is '-' or '+' or '=' or '>')
        {
            return "\\" + text;
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
        {
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        }

        return text;
    }
}
