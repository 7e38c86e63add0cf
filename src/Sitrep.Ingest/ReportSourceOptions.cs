using Sitrep.Ingest.Html;
using Sitrep.Ingest.Text;
using Sitrep.Ingest.Web;

namespace Sitrep.Ingest;

/// <summary>How a <see cref="ReportSource"/> reads: size caps, network rules, hints.</summary>
public sealed record ReportSourceOptions
{
    /// <summary>Largest single report (a text file, a page, one dump line), in bytes.</summary>
    public long MaxBytes { get; init; } = TextArticleReader.DefaultMaxBytes;

    /// <summary>Network rules for URLs and for feed items followed to their pages.</summary>
    public FetchOptions Fetch { get; init; } = new();

    /// <summary>Touch no network: URL arguments fail, feed items keep their summaries.</summary>
    public bool Offline { get; init; }

    public HtmlHints Hints { get; init; } = HtmlHints.Default;

    /// <summary>The publication date of every report read from a path (<c>--published</c>), over what the report says.</summary>
    public Core.TimePoint? Published { get; init; }

    /// <summary>The outlet of every report read from a path (<c>--outlet</c>), over what the report says.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// The option that reads a manifest where these options come from (<c>--manifest</c> on the command line), named when
    /// a manifest is given as a report; null where there is none (the web app), and the refusal names none.
    /// </summary>
    public string? ManifestOption { get; init; }

    /// <summary>Read files a manifest names outside its own folder (<c>--allow-outside-manifest</c>); refused otherwise (see <see cref="ManifestPaths"/>).</summary>
    public bool AllowOutsideManifest { get; init; }
}
