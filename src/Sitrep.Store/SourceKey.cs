using System.Security.Cryptography;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>
/// What identifies an article across versions: its URL (scheme and host lower-cased, default port and
/// fragment dropped), or, for a report without one that was read from a file of its own, that file's full
/// path. A new read under the same key with other content is a new version of the same article.
/// Anything else has no source key and is known by its content alone: a paste, an upload, a line of a news
/// dump or an item of a feed without a link (their origins, "pasted text" or "news.jsonl:3", name a position,
/// not a report: a second paste or a line inserted above must never replace another report).
/// </summary>
public static class SourceKey
{
    /// <summary>Longer keys are stored as <c>sha256:</c> and their hash, so index entries stay small.</summary>
    public const int MaxLength = 1000;

    public static string? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            return Cap(CanonicalUrl(article.Url.Trim()));
        }

        return IsReportFile(article.Origin) ? Cap(article.Origin!.Trim()) : null;
    }

    /// <summary>Whether an origin is the full path of a file on this machine (the report's own file).</summary>
    public static bool IsReportFile(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin))
        {
            return false;
        }

        string path = origin.Trim();
        return !path.Contains("://", StringComparison.Ordinal) && Path.IsPathFullyQualified(path) && File.Exists(path);
    }

    public static string CanonicalUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || string.IsNullOrEmpty(uri.Host))
        {
            return url;
        }

        var builder = new UriBuilder(uri) { Fragment = "" };
        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = builder.Host.ToLowerInvariant();
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    private static string Cap(string key) =>
        key.Length <= MaxLength ? key : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
