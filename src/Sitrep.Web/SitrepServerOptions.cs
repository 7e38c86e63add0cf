using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Ingest.Text;
using Sitrep.Store;
using Sitrep.Web.Logging;

namespace Sitrep.Web;

/// <summary>What <see cref="SitrepServer"/> serves and how.</summary>
public sealed record SitrepServerOptions
{
    /// <summary>The store to read and write. The server does not dispose it.</summary>
    public required ISitrepStore Store { get; init; }

    /// <summary>Reads figures from added reports (the built-in lexicons unless the user gave others).</summary>
    public ExtractionPipeline Pipeline { get; init; } = ExtractionPipeline.CreateDefault();

    /// <summary>Where to listen. Loopback by default; port 0 picks a free port (see <see cref="SitrepServer.Addresses"/>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [SitrepServer.DefaultUrl];

    /// <summary>
    /// A key that writes (adding reports) must carry in the <c>X-Api-Key</c> header or the form's key field.
    /// Required to write when the server listens on anything other than loopback.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// The host names requests may carry in their Host header; others are answered 400, so a hostile page the
    /// analyst visits cannot reach the server through DNS rebinding. Null: the hosts of <see cref="Urls"/>
    /// (with <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> for loopback); any host when it listens on all
    /// addresses (0.0.0.0, [::], *), where adding reports needs the API key anyway.
    /// </summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    /// <summary>How added URLs and feeds are fetched: the same rules as <c>sitrep ingest</c>.</summary>
    public ReportSourceOptions Sources { get; init; } = new();

    /// <summary>Largest pasted text or uploaded file accepted, in bytes.</summary>
    public long MaxReportBytes { get; init; } = TextArticleReader.DefaultMaxBytes;

    /// <summary>Where log lines go (one per request with its time, and the server's events); null: no log.</summary>
    public TextWriter? Log { get; init; }

    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>How often the server looks for reports other processes added to the store: 2 s.</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long stopping waits for requests in flight before it cuts them off: 3 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
