using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Turns the bytes of a saved or fetched page into text. Pages often declare a charset they were not
/// saved in, so bytes that are valid UTF-8 are read as UTF-8 whatever the page says; otherwise the
/// byte-order mark, the HTTP charset, the page's own declaration (meta or XML prolog), and finally
/// Windows-1252 (what browsers assume for old Western pages) decide.
/// </summary>
public static partial class HtmlDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <param name="declaredCharset">The charset of an HTTP Content-Type header, if any.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to what the page declares.
        }

        var encoding = Lookup(declaredCharset) ?? Lookup(Sniff(bytes)) ?? Lookup("windows-1252") ?? Encoding.Latin1;
        if (encoding.CodePage is 65001 or 1200 or 1201)
        {
            // The page claims a Unicode encoding its bytes are not in; read it as browsers do.
            encoding = Lookup("windows-1252") ?? Encoding.Latin1;
        }

        return encoding.GetString(bytes);
    }

    /// <summary>The charset a page declares in its first 4 KB (meta charset, http-equiv, or XML prolog).</summary>
    internal static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]{2,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
