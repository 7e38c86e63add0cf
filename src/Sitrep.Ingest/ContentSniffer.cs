using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Ingest.Feeds;

namespace Sitrep.Ingest;

/// <summary>Tells what a body is from its first bytes, when its name or content type does not say.</summary>
public static partial class ContentSniffer
{
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        var probe = head[..Math.Min(head.Length, 4096)];
        if (Pdf.PdfArticleReader.LooksLikePdf(probe))
        {
            return InputKind.Pdf;
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            probe = probe[3..];
        }

        if (probe.IndexOf((byte)0) >= 0)
        {
            return InputKind.Unknown;
        }

        string text = Encoding.Latin1.GetString(probe).TrimStart();
        if (text.StartsWith('{'))
        {
            return InputKind.Dump;
        }

        if (!text.StartsWith('<'))
        {
            return InputKind.Text;
        }

        var root = RootElement().Match(text);
        if (!root.Success)
        {
            return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ? InputKind.Html : InputKind.Unknown;
        }

        string name = root.Groups["name"].Value;
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        string local = colon >= 0 ? name[(colon + 1)..] : name;
        if (FeedReader.IsFeedRoot(local))
        {
            return InputKind.Feed;
        }

        return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || local.Equals("html", StringComparison.OrdinalIgnoreCase)
            || HtmlStart().IsMatch(text)
            ? InputKind.Html
            : InputKind.Unknown;
    }

    /// <summary>The first element name, past the XML prolog, comments and the doctype.</summary>
    [GeneratedRegex(@"<(?<name>[A-Za-z][\w:.-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex RootElement();

    [GeneratedRegex(@"<(head|body|div|p|meta|title|script|table)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();
}
