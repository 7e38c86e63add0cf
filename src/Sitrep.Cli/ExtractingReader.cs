using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Cli;

/// <summary>
/// The reading loop of the commands that read reports: each report read and its figures extracted,
/// one line on stderr per input that fails and per error diagnostic, progress while it runs.
/// </summary>
public sealed class ExtractingReader
{
    private readonly CliContext _context;
    private readonly InputSettings _settings;
    private readonly ProgressReporter _progress;
    private long _bytes;

    public ExtractingReader(CliContext context, InputSettings settings, ProgressReporter progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _context = context;
        _settings = settings;
        _progress = progress;
    }

    /// <summary>Inputs that could not be read (each has had its line on stderr).</summary>
    public int Failures { get; private set; }

    /// <summary>Reports read so far.</summary>
    public int Reports { get; private set; }

    public IEnumerable<(Article Article, ExtractionResult Result)> Read(string[] paths, string? manifest, CancellationToken cancellationToken)
    {
        var pipeline = _settings.Pipeline!;
        using var source = new ReportSource(_settings.SourceOptions());
        foreach (var outcome in source.Read(paths, manifest, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Failure is { } failure)
            {
                Fail(failure.Input ?? "input", failure.Message);
                continue;
            }

            var article = outcome.Article!;
            var result = pipeline.Extract(article, cancellationToken);
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                _context.Error.WriteLine($"sitrep: {article.Origin ?? article.Id}: {diagnostic.Message}");
            }

            Reports++;
            _bytes += article.Text.Length;
            _progress.Report(Reports, _bytes);
            yield return (article, result);
        }
    }

    /// <summary>Counts an input as failed and says why on one line of stderr.</summary>
    public void Fail(string input, string message)
    {
        Failures++;
        _progress.Finish();
        _context.Error.WriteLine($"sitrep: {input}: {message}");
    }
}
