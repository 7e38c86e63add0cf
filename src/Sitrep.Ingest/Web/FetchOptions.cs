using System.Net;

namespace Sitrep.Ingest.Web;

/// <summary>How Sitrep reads from the network. The defaults are safe for a feed from anyone.</summary>
public sealed record FetchOptions
{
    /// <summary>Whole request, headers and body, per hop: 20 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest response body read, in bytes after decompression: 16 MiB.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Redirects followed at most; every hop is checked like the first request.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Pause between two requests to the same host (politeness): 1 s.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reach every kind of address, local networks included (<c>--allow-private</c>).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>
    /// The option that lifts the refusal of private addresses where these options come from (<c>--allow-private</c> for
    /// <c>sitrep read</c>), named in the refusal; null where there is none (ingest, the web app), and the refusal names none.
    /// </summary>
    public string? AllowPrivateOption { get; init; }

    /// <summary>Non-public networks that may be reached even so (a test server on 127.0.0.1/32), without opening all of them.</summary>
    public IReadOnlyList<IPNetwork> AllowedNetworks { get; init; } = [];

    /// <summary>A feed's items followed to their pages at most (the rest keep their summaries): 50.</summary>
    public int MaxFollowedItems { get; init; } = 50;

    /// <summary>Time spent following one feed's items to their pages at most (the rest keep their summaries): 2 minutes.</summary>
    public TimeSpan FollowBudget { get; init; } = TimeSpan.FromMinutes(2);

    public string UserAgent { get; init; } = "Sitrep/1.0 (crisis-report reader)";

    /// <summary>Name resolution; the system resolver unless a test supplies one.</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>>? Resolver { get; init; }

    /// <summary>Whether the address may be connected to under these options.</summary>
    public bool Allows(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (AllowPrivate || AddressClassifier.Classify(address) == AddressKind.Public)
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(n => n.Contains(plain));
    }
}
