namespace Sitrep.Core;

/// <summary>
/// Text from reports made safe for HTML and SVG: every text is encoded, and only plain http(s)
/// addresses ever become links. Reports are hostile input; a title may hold a script tag.
/// </summary>
public static class HtmlText
{
    /// <summary>
    /// Encodes <c>&amp; &lt; &gt; " '</c> and drops control characters that XML forbids, so the text is safe in
    /// element content and in quoted attributes. Bidi overrides (U+202D, U+202E), which make text read other
    /// than it is written, show as U+FFFD, and so do the other bidi controls: embeddings (U+202A, U+202B), the pop
    /// (U+202C) and the isolates (U+2066–U+2069).
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0 && !HasControl(text))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case var bidi when IsBidiControl(bidi): sb.Append('\uFFFD'); break; // a bidi override would show "evil" as "live"
                default:
                    if (!IsForbidden(ch))
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The address when it is an absolute http or https URL with a host and nothing odd in it; otherwise null (never a <c>javascript:</c> or <c>data:</c> link).</summary>
    public static string? SafeHref(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        string trimmed = url.Trim();
        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.AbsoluteUri;
    }

    private static bool HasControl(string text)
    {
        foreach (char ch in text)
        {
            if (IsForbidden(ch) || IsBidiControl(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBidiControl(char ch) => ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsForbidden(char ch) => (ch < ' ' && ch is not '\t' and not '\n' and not '\r') || ch is '\uFFFE' or '\uFFFF';
}
