using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Store.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 that serves feeds a test publishes, with an ETag per version: a request that
/// sends the current one back (If-None-Match) gets 304. It can go down (connections refused) and come back up.
/// Every request is recorded with the validator it sent.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    private readonly ConcurrentDictionary<string, (string Body, string ETag)> _feeds = new(StringComparer.Ordinal);
    private readonly int _port;
    private HttpListener? _listener;
    private int _versions;

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Up();
    }

    /// <summary>While true, every request is answered 503 (a server in trouble, but up).</summary>
    public bool Failing { get; set; }

    /// <summary>Path and If-None-Match of every request, in order.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, int Status)> Requests { get; } = new();

    public string Url(string path) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}{path}");

    /// <summary>Serves an RSS feed of <paramref name="items"/> at <paramref name="path"/> under a new ETag.</summary>
    public void Publish(string path, IEnumerable<FeedItemText> items)
    {
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>")
            .Append("<title>Valdoria Ledger</title><link>").Append(Url("/")).Append("</link><language>en</language>");
        foreach (var item in items)
        {
            rss.Append("<item><guid>").Append(item.Guid).Append("</guid><link>").Append(Url("/news/" + item.Guid)).Append("</link><title>")
                .Append(item.Title).Append("</title><pubDate>").Append(item.Published).Append("</pubDate><content:encoded><![CDATA[")
                .Append(string.Concat(item.Paragraphs.Select(p => $"<p>{p}</p>"))).Append("]]></content:encoded></item>");
        }

        _feeds[path] = (rss.Append("</channel></rss>").ToString(), string.Create(CultureInfo.InvariantCulture, $"\"v{Interlocked.Increment(ref _versions)}\""));
    }

    /// <summary>Stops listening: connections are refused until <see cref="Up"/>.</summary>
    public void Down()
    {
        var listener = Interlocked.Exchange(ref _listener, null);
        listener?.Close();
    }

    public void Up()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add(Url("/"));
        listener.Start();
        _listener = listener;
        _ = Task.Run(() => Serve(listener));
    }

    public void Dispose() => Down();

    private async Task Serve(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string path = context.Request.Url!.AbsolutePath;
            string? sent = context.Request.Headers["If-None-Match"];
            var response = context.Response;
            if (Failing)
            {
                response.StatusCode = 503;
            }
            else if (!_feeds.TryGetValue(path, out var feed))
            {
                response.StatusCode = 404;
            }
            else if (string.Equals(sent, feed.ETag, StringComparison.Ordinal))
            {
                response.StatusCode = 304;
            }
            else
            {
                byte[] body = Encoding.UTF8.GetBytes(feed.Body);
                response.ContentType = "application/rss+xml; charset=utf-8";
                response.Headers["ETag"] = feed.ETag;
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body);
            }

            Requests.Enqueue((path, sent, response.StatusCode));
            response.Close();
        }
    }
}

/// <summary>A feed item written for the watch tests (fictional places and outlets).</summary>
internal sealed record FeedItemText(string Guid, string Title, string Published, IReadOnlyList<string> Paragraphs)
{
    /// <summary>An item long enough to be read from the feed itself (no page to follow): a toll and some background.</summary>
    public static FeedItemText Flood(string guid, int killed, string place, int day) => new(
        guid,
        $"Flood toll in {place} reaches {killed}",
        $"{day:00} Mar 2031 09:00:00 GMT",
        [
            $"At least {killed} people were killed when the Serin river burst its banks in {place}, the Valdorian Interior Ministry said on {day} March.",
            $"Rescue teams from the northern provinces reached {place} by boat, and volunteers handed out bread and drinking water at the school, which became a shelter for families whose houses stood under water.",
            "Rain had fallen for eleven days on the hills above the valley before the embankment gave way during the night, local officials said, and the water rose faster than anyone in the lower streets could carry their belongings upstairs.",
            "Doctors at the district hospital asked for blood donors and said they expected more injured people to arrive once the roads from the villages were open again; the regional governor promised that every family would be counted and helped.",
            "Farmers in the valley said the harvest was lost, and traders at the market feared that prices for flour and fuel would rise before the bridges were repaired, which engineers expected to take several weeks at the least.",
        ]);
}
