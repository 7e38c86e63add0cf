using System.Security.Cryptography;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Store;

/// <summary>
/// What identifies an article across versions: its URL (scheme and host lower-cased, default port and
/// fragment dropped), or, for a report without one, its origin (the file it was read from). A new read
/// under the same key with other content is a new version of the same article.
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

        return string.IsNullOrWhiteSpace(article.Origin) ? null : Cap(article.Origin.Trim());
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
