using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Web.Shared;

/// <summary>
/// Who may add reports. Reads are open. Writes are open on a loopback-only server without a key (the
/// analyst's own machine); once a key is set, or the server listens beyond loopback, a write must carry
/// the key. Browser form posts must also come from the server's own pages (no cross-site posts).
/// </summary>
public sealed class WritePolicy
{
    public const string HeaderName = "X-Api-Key";
    public const string FormField = "api_key";

    private readonly byte[]? _key;

    public WritePolicy(string? apiKey, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        _key = string.IsNullOrEmpty(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey);
        LoopbackOnly = urls.All(IsLoopback);
    }

    /// <summary>Whether every address the server listens on is loopback.</summary>
    public bool LoopbackOnly { get; }

    /// <summary>Whether a write needs the key.</summary>
    public bool KeyRequired => _key is not null || !LoopbackOnly;

    /// <summary>Whether writes are possible at all (beyond loopback without a key they are not).</summary>
    public bool WritesEnabled => _key is not null || LoopbackOnly;

    /// <summary>Why a write with this key is refused; null when it is allowed.</summary>
    public string? Refusal(string? givenKey)
    {
        if (!WritesEnabled)
        {
            return "this server listens beyond loopback and has no API key, so it takes no reports; restart it with --api-key KEY (or SITREP_API_KEY)";
        }

        if (_key is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(givenKey))
        {
            return $"adding reports needs the API key: send it in the {HeaderName} header";
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(givenKey), _key) ? null : "the API key is wrong";
    }

    /// <summary>Whether a URL such as <c>http://127.0.0.1:5080</c> or <c>http://localhost:0</c> listens on loopback only.</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        string host = uri.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
