using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Ingest.Tests.Web;

/// <summary>
/// A small real HTTP/1.1 server on 127.0.0.1 and a free port, for fetcher tests. Each route answers
/// with a status, headers, a body and an optional delay; every connection is closed after one
/// response. It serves only loopback and stops when disposed.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, Reply> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>Paths requested so far, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public string Url(string path) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{path}");

    public void Serve(string path, string contentType, string body, int status = 200) =>
        _routes[path] = new Reply(status, [("Content-Type", contentType)], Encoding.UTF8.GetBytes(body), TimeSpan.Zero);

    public void Serve(string path, Reply reply) => _routes[path] = reply;

    public void Redirect(string path, string location, int status = 302) =>
        _routes[path] = new Reply(status, [("Location", location)], [], TimeSpan.Zero);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; its exception says nothing new.
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                var stream = client.GetStream();
                string path = await ReadRequestPathAsync(stream, timeout.Token);
                Requests.Enqueue(path);
                var reply = _routes.TryGetValue(path, out var found)
                    ? found
                    : new Reply(404, [("Content-Type", "text/plain")], "not found"u8.ToArray(), TimeSpan.Zero);
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, timeout.Token);
                }

                var head = new StringBuilder();
                head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {reply.Status} {(reply.Status < 300 ? "OK" : reply.Status < 400 ? "Found" : "Error")}\r\n");
                foreach (var (name, value) in reply.Headers)
                {
                    head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
                }

                if (!reply.OmitLength)
                {
                    head.Append(CultureInfo.InvariantCulture, $"Content-Length: {reply.Body.Length}\r\n");
                }

                head.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), timeout.Token);
                await stream.WriteAsync(reply.Body, timeout.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The client gave up (a timeout test) or the server is stopping.
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && received.Length < 16384)
        {
            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        string[] requestLine = received.ToString().Split("\r\n")[0].Split(' ');
        return requestLine.Length >= 2 ? requestLine[1] : "/";
    }

    /// <param name="OmitLength">Send no Content-Length (the body ends when the connection closes).</param>
    internal sealed record Reply(int Status, (string Name, string Value)[] Headers, byte[] Body, TimeSpan Delay, bool OmitLength = false);
}
