using System.CommandLine;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Lexicons;
using Sitrep.Ingest;
using Sitrep.Ingest.Text;

namespace Sitrep.Cli;

/// <summary>Options every command that reads reports shares: the size cap and the lexicon folder.</summary>
public sealed class CommonInputOptions
{
    private readonly Option<double> _maxSize = new("--max-size")
    {
        Description = "Largest report to read, in MB; larger files are refused with a message.",
        DefaultValueFactory = _ => TextArticleReader.DefaultMaxBytes / 1048576.0,
    };

    private readonly Option<string?> _lexicons = new("--lexicons")
    {
        Description = "A folder of lexicon files that extend or override the built-in ones (see 'sitrep lexicons'). Also SITREP_LEXICONS.",
    };

    private readonly Option<bool> _allowOutsideManifest = new("--allow-outside-manifest")
    {
        Description = "Read files a manifest names outside its own folder (refused by default: a manifest is data, and what it names is stored and served).",
    };

    private readonly Option<string?> _published = new("--published")
    {
        Description = "The publication date (YYYY-MM-DD, or YYYY-MM-DDThh:mm) of every report read from PATH, over its dateline or file name. " +
            "Without it a file is dated from its dateline (\"YEREVAN, September 30, 2023 –\"), else a date in its name, else left undated.",
        HelpName = "DATE",
    };

    private readonly Option<string?> _outlet = new("--outlet")
    {
        Description = "The outlet of every report read from PATH (otherwise the credit in its dateline, \"(Reuters)\").",
        HelpName = "NAME",
    };

    private bool _readsManifests;

    /// <param name="manifests">The command reads paths and manifests: offer --allow-outside-manifest, --published and --outlet.</param>
    public void AddTo(Command command, bool manifests = false)
    {
        command.Options.Add(_maxSize);
        command.Options.Add(_lexicons);
        if (manifests)
        {
            command.Options.Add(_published);
            command.Options.Add(_outlet);
            command.Options.Add(_allowOutsideManifest);
            _readsManifests = true;
        }
    }

    public InputSettings Read(ParseResult parse, CliContext context)
    {
        double megabytes = parse.GetValue(_maxSize);
        if (megabytes <= 0 || double.IsNaN(megabytes))
        {
            return new InputSettings(0, null, "--max-size must be a positive number of megabytes");
        }

        string? given = _readsManifests ? parse.GetValue(_published) : null;
        TimePoint? published = null;
        if (given is not null)
        {
            if (!TimePoint.TryParse(given.Trim(), out var point))
            {
                return new InputSettings(0, null, $"--published '{given}' is not a date: give YYYY-MM-DD");
            }

            published = point;
        }

        string? outlet = !_readsManifests || string.IsNullOrWhiteSpace(parse.GetValue(_outlet)) ? null : parse.GetValue(_outlet)!.Trim();
        string? folder = parse.GetValue(_lexicons) ?? context.GetEnvironmentVariable("SITREP_LEXICONS");
        var (pipeline, failure) = PipelineFactory.Create(folder);
        long maxBytes = (long)Math.Min(megabytes * 1048576.0, long.MaxValue / 2.0);
        return new InputSettings(maxBytes, pipeline, failure)
        {
            AllowOutsideManifest = _readsManifests && parse.GetValue(_allowOutsideManifest),
            Published = published,
            Outlet = outlet,
        };
    }
}

/// <param name="PipelineSource">The extraction pipeline, built at first use (<see cref="Pipeline"/>).</param>
/// <param name="Failure">Why the settings cannot be used (an unreadable lexicon folder), or null.</param>
public sealed record InputSettings(long MaxBytes, Lazy<ExtractionPipeline>? PipelineSource, string? Failure)
{
    /// <summary>
    /// The extraction pipeline and its lexicons. The built-in one is loaded when first asked for, so a command that
    /// reads no report (<c>report --db</c> with ledgers kept by ingest) loads no lexicon; a user's folder is read
    /// at once, since a mistake in it is a usage error.
    /// </summary>
    public ExtractionPipeline? Pipeline => PipelineSource?.Value;

    /// <summary>Read files a manifest names outside its folder (<c>--allow-outside-manifest</c>).</summary>
    public bool AllowOutsideManifest { get; init; }

    /// <summary>The publication date given by hand (<c>--published</c>) for reports read from paths.</summary>
    public TimePoint? Published { get; init; }

    /// <summary>The outlet given by hand (<c>--outlet</c>) for reports read from paths.</summary>
    public string? Outlet { get; init; }

    /// <summary>How a <see cref="ReportSource"/> reads under these settings.</summary>
    public ReportSourceOptions SourceOptions() => new()
    {
        MaxBytes = MaxBytes,
        AllowOutsideManifest = AllowOutsideManifest,
        ManifestOption = "--manifest",
        Published = Published,
        Outlet = Outlet,
    };
}

internal static class PipelineFactory
{
    public static (Lazy<ExtractionPipeline>? Pipeline, string? Failure) Create(string? lexiconFolder)
    {
        if (lexiconFolder is null)
        {
            return (new Lazy<ExtractionPipeline>(ExtractionPipeline.CreateDefault), null);
        }

        if (!Directory.Exists(lexiconFolder))
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"lexicon folder {lexiconFolder} not found (create it, or export the built-in files with 'sitrep lexicons --export {lexiconFolder}')"));
        }

        var unknown = Directory.EnumerateFiles(lexiconFolder)
            .Select(Path.GetFileName)
            .Where(name => name is not null && !LexiconSource.FileNames.Contains(name, StringComparer.Ordinal) && !name.StartsWith('.'))
            .ToList();
        if (unknown.Count > 0)
        {
            return (null, $"{lexiconFolder}: unknown lexicon file(s) {string.Join(", ", unknown)}; Sitrep reads {string.Join(", ", LexiconSource.FileNames)}");
        }

        var source = new LexiconSource(name =>
        {
            string path = Path.Combine(lexiconFolder, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });
        try
        {
            return (new Lazy<ExtractionPipeline>(ExtractionPipeline.Create(source)), null);
        }
        catch (FormatException e)
        {
            return (null, $"{lexiconFolder}: {e.Message}");
        }
    }
}
