using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>Stable, readable article ids for inputs that carry none of their own (URLs, feed items, dump lines).</summary>
public static class ArticleIds
{
    private const int MaxLength = 100;

    /// <summary>"https://www.example.com/news/2023/quake-toll-rises.html" gives "example.com-quake-toll-rises-1a2b3c4d".</summary>
    public static string FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..8];
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Clean(url, hash);
        }

        string host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        string last = uri.Segments.Select(s => s.Trim('/')).LastOrDefault(s => s.Length > 0) ?? "";
        last = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(last));
        return Clean(last.Length > 0 ? $"{host}-{last}" : host, hash);
    }

    /// <summary>An id from a feed or dump: kept when it is a plain name, derived from it when it is a URL or holds odd characters.</summary>
    public static string FromGiven(string given)
    {
        ArgumentNullException.ThrowIfNull(given);
        string trimmed = given.Trim();
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUrl(trimmed);
        }

        bool plain = trimmed.Length is > 0 and <= MaxLength && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
        return plain ? trimmed : Clean(trimmed, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trimmed)))[..8]);
    }

    /// <summary>For a report known only by its content: <paramref name="stem"/> and 12 hex digits of SHA-256 over its title and text.</summary>
    public static string FromContent(string stem, string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(text);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((title ?? "") + "\n" + text)))[..12];
        return $"{stem}-{hash}";
    }

    private static string Clean(string text, string hash)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= MaxLength - 10)
            {
                break;
            }
        }

        string slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }
}
