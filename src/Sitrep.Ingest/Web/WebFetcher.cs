using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Sitrep.Ingest.Web;

/// <summary>
/// The one way Sitrep reads from the network. Only <c>http</c> and <c>https</c>; a timeout per hop;
/// a cap on the body (after decompression); a pause between requests to one host; redirects
/// followed by hand, each hop checked again; and no connection to private, loopback, link-local,
/// unique-local, multicast, carrier-grade NAT, unspecified or reserved addresses unless the options
/// allow it. The address check runs on the address actually connected to, after name resolution,
/// so a name that resolves (or re-resolves) to a local address is refused too. Failures are values
/// with a one-line reason naming the URL. Thread-safe; build once and reuse.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly PolitenessGate _politeness;

    public WebFetcher(FetchOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new FetchOptions();
        _politeness = new PolitenessGate(_options.PerHostDelay, time);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public FetchOptions Options => _options;

    /// <summary>Fetches <paramref name="url"/>, accepting only bodies of the <paramref name="accept"/> kinds.</summary>
    public Task<FetchOutcome> FetchAsync(string url, ContentKinds accept = ContentKinds.Any, CancellationToken cancellationToken = default) =>
        FetchAsync(url, accept, null, cancellationToken);

    /// <summary>Fetches <paramref name="url"/> conditionally: with <paramref name="conditions"/> from the last fetch, a server may answer that nothing changed (<see cref="FetchOutcome.NotModified"/>).</summary>
    public async Task<FetchOutcome> FetchAsync(string url, ContentKinds accept, FetchConditions? conditions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current) || current.Scheme is not ("http" or "https"))
        {
            return FetchOutcome.Fail(url, "bad-url", "not an http or https URL; Sitrep fetches only those");
        }

        for (int hop = 0; ; hop++)
        {
            string via = hop == 0 ? "" : $" (redirected to {current.AbsoluteUri})";
            if (LiteralRefusal(current) is { } literal)
            {
                return FetchOutcome.Fail(url, "private-address", Refused(literal) + via);
            }

            await _politeness.WaitAsync(current.IdnHost, cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd(AcceptHeader(accept));
                if (conditions?.ETag is { Length: > 0 } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (conditions?.LastModified is { Length: > 0 } modified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                }

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchOutcome.Fail(url, "too-many-redirects", string.Create(CultureInfo.InvariantCulture,
                            $"too many redirects (more than {_options.MaxRedirects}){via}"));
                    }

                    if (response.Headers.Location is not { } location)
                    {
                        return FetchOutcome.Fail(url, "bad-redirect", $"HTTP {status} redirect without a Location header{via}");
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (next.Scheme is not ("http" or "https"))
                    {
                        return FetchOutcome.Fail(url, "bad-redirect", $"redirects to {next.Scheme}: {next}, which Sitrep does not follow");
                    }

                    current = next;
                    continue;
                }

                if (status == 304 && conditions is not null)
                {
                    return FetchOutcome.Unchanged();
                }

                if (status is < 200 or > 299)
                {
                    return FetchOutcome.Fail(url, "http-status", $"HTTP {status} {response.ReasonPhrase}{via}".TrimEnd());
                }

                var contentType = response.Content.Headers.ContentType;
                string? mediaType = contentType?.MediaType?.ToLowerInvariant();
                var kind = FetchedResource.KindOf(mediaType);
                if ((kind & accept) == 0)
                {
                    return FetchOutcome.Fail(url, "unsupported-content",
                        $"is {mediaType}, not {Describe(accept)}; Sitrep reads only those{via}");
                }

                if (response.Content.Headers.ContentLength is long length && length > _options.MaxBytes)
                {
                    return FetchOutcome.Fail(url, "too-large", TooLarge() + via);
                }

                byte[]? body = await ReadCappedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                if (body is null)
                {
                    return FetchOutcome.Fail(url, "too-large", TooLarge() + via);
                }

                return new FetchOutcome(new FetchedResource(url, current.AbsoluteUri, mediaType, contentType?.CharSet, body)
                {
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                }, null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return FetchOutcome.Fail(url, "timeout", string.Create(CultureInfo.InvariantCulture,
                    $"timed out after {_options.Timeout.TotalSeconds:0.##} s{via}"));
            }
            catch (HttpRequestException e)
            {
                return Find<AddressRefusedException>(e) is { } refused
                    ? FetchOutcome.Fail(url, "private-address", Refused(refused.Message) + via)
                    : FetchOutcome.Fail(url, "network", $"network error: {OneLine(Innermost(e).Message)}{via}");
            }
            catch (IOException e)
            {
                return FetchOutcome.Fail(url, "network", $"network error while reading: {OneLine(Innermost(e).Message)}{via}");
            }
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Resolves the host, keeps only addresses the options allow, connects, and checks the connected address once more.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host;
        int port = context.DnsEndPoint.Port;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var allowed = addresses.Where(_options.Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(host, addresses[0]);
        }

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                if (socket.RemoteEndPoint is IPEndPoint remote && !_options.Allows(remote.Address))
                {
                    throw new AddressRefusedException(host, remote.Address);
                }

                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        _options.Resolver is { } resolver ? resolver(host, cancellationToken) : Dns.GetHostAddressesAsync(host, cancellationToken);

    /// <summary>A URL whose host is an IP address literal is judged before any request.</summary>
    private string? LiteralRefusal(Uri uri)
    {
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && !_options.Allows(address)
            ? new AddressRefusedException(uri.Host, address).Message
            : null;
    }

    private string Refused(string reason) => _options.AllowPrivateOption is { } option
        ? $"refused: {reason}; Sitrep reads only public addresses unless {option} is given"
        : $"refused: {reason}; Sitrep reads only public addresses";

    private string TooLarge() => string.Create(CultureInfo.InvariantCulture,
        $"the response is over the {_options.MaxBytes / (1024.0 * 1024.0):0.##} MB limit");

    private static string AcceptHeader(ContentKinds accept)
    {
        var types = new List<string>();
        if (accept.HasFlag(ContentKinds.Html))
        {
            types.Add("text/html");
            types.Add("application/xhtml+xml");
        }

        if (accept.HasFlag(ContentKinds.Feed))
        {
            types.Add("application/rss+xml");
            types.Add("application/atom+xml");
            types.Add("application/xml;q=0.9");
        }

        if (accept.HasFlag(ContentKinds.PlainText))
        {
            types.Add("text/plain;q=0.8");
        }

        if (accept.HasFlag(ContentKinds.Pdf))
        {
            types.Add("application/pdf;q=0.7");
        }

        return string.Join(", ", types);
    }

    private static string Describe(ContentKinds accept) => accept switch
    {
        ContentKinds.Html => "a web page (HTML)",
        ContentKinds.Page => "a web page (HTML), text or a PDF",
        ContentKinds.Feed => "a feed (RSS or Atom)",
        _ => "a web page, text, a PDF or a feed",
    };

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
