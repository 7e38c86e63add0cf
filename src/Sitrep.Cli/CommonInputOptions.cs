using System.CommandLine;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Lexicons;
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

    private bool _readsManifests;

    /// <param name="manifests">The command reads manifests: offer --allow-outside-manifest.</param>
    public void AddTo(Command command, bool manifests = false)
    {
        command.Options.Add(_maxSize);
        command.Options.Add(_lexicons);
        if (manifests)
        {
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

        string? folder = parse.GetValue(_lexicons) ?? context.GetEnvironmentVariable("SITREP_LEXICONS");
        var (pipeline, failure) = PipelineFactory.Create(folder);
        long maxBytes = (long)Math.Min(megabytes * 1048576.0, long.MaxValue / 2.0);
        return new InputSettings(maxBytes, pipeline, failure) { AllowOutsideManifest = _readsManifests && parse.GetValue(_allowOutsideManifest) };
    }
}

/// <param name="Failure">Why the settings cannot be used (an unreadable lexicon folder), or null.</param>
public sealed record InputSettings(long MaxBytes, ExtractionPipeline? Pipeline, string? Failure)
{
    /// <summary>Read files a manifest names outside its folder (<c>--allow-outside-manifest</c>).</summary>
    public bool AllowOutsideManifest { get; init; }
}

internal static class PipelineFactory
{
    public static (ExtractionPipeline? Pipeline, string? Failure) Create(string? lexiconFolder)
    {
        if (lexiconFolder is null)
        {
            return (ExtractionPipeline.CreateDefault(), null);
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
            return (ExtractionPipeline.Create(source), null);
        }
        catch (FormatException e)
        {
            return (null, $"{lexiconFolder}: {e.Message}");
        }
    }
}
