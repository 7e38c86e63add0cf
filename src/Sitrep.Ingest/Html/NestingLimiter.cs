using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Bounds how deep a page's markup nests before it is parsed, in one pass over the text: a start tag that
/// would open an element deeper than the limit is dropped with its matching end tag, and the text inside is
/// kept. A parser's work on a page nested 200,000 levels deep grows faster than the page (the HTML tree
/// builder rescans its stack of open elements), so the cap must hold before parsing, not after.
/// The count follows the markup as written, closing what HTML closes by itself (a <c>p</c> before the next
/// <c>p</c>, an <c>li</c> before the next <c>li</c>), skipping comments and the raw text of scripts and styles.
/// </summary>
public static class NestingLimiter
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript");

    /// <summary>Elements whose start closes an open element of the same name (HTML's implied end tags).</summary>
    private static readonly FrozenSet<string> SelfClosing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "thead", "tbody", "tfoot");

    /// <summary>The markup with no element nested deeper than <paramref name="maxDepth"/>; the same instance when none is.</summary>
    /// <param name="limited">Whether tags were dropped.</param>
    public static string Limit(string html, int maxDepth, out bool limited)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        limited = false;
        var open = new List<string>();
        var dropped = new List<string>(); // start tags dropped and not yet matched by an end tag, innermost last
        StringBuilder? output = null;
        int copied = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!')
            {
                i = SkipDeclaration(html, lt);
                continue;
            }

            bool end = next == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1; // a lone '<' is text
                continue;
            }

            int close = TagEnd(html, nameEnd);
            string name = html[nameStart..nameEnd].ToLowerInvariant();
            bool selfClosed = close > 0 && html[close - 1] == '/';
            int after = close < 0 ? html.Length : close + 1;
            bool drop;
            if (end)
            {
                int at = open.LastIndexOf(name);
                if (dropped.Count > 0 && dropped[^1] == name)
                {
                    dropped.RemoveAt(dropped.Count - 1);
                    drop = true;
                }
                else if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                    dropped.Clear(); // whatever was dropped inside is closed with it
                    drop = false;
                }
                else
                {
                    drop = dropped.Count > 0;
                }
            }
            else if (Void.Contains(name) || selfClosed)
            {
                drop = false;
            }
            else
            {
                if (SelfClosing.Contains(name) && open.Count > 0 && open[^1] == name)
                {
                    open.RemoveAt(open.Count - 1);
                }

                drop = open.Count >= maxDepth;
                if (drop)
                {
                    dropped.Add(name);
                }
                else
                {
                    open.Add(name);
                }

                if (RawText.Contains(name))
                {
                    after = SkipRawText(html, after, name);
                    if (!drop)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                }
            }

            if (drop)
            {
                limited = true;
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = close < 0 ? html.Length : close + 1;
            }

            i = after;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>The index of the '&gt;' that ends a tag whose name ends at <paramref name="from"/> (quoted attribute values may hold '&gt;'); -1 when none.</summary>
    private static int TagEnd(string html, int from)
    {
        char quote = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static int SkipDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        int close = html.IndexOf('>', lt);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>After the raw text of a script, style or the like: just past its end tag, or the end of the page.</summary>
    private static int SkipRawText(string html, int from, string name)
    {
        int i = from;
        while (true)
        {
            int at = html.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return html.Length;
            }

            if (at + 2 + name.Length <= html.Length && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                int close = html.IndexOf('>', at);
                return close < 0 ? html.Length : close + 1;
            }

            i = at + 2;
        }
    }
}
