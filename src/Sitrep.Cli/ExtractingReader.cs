using Sitrep.Core;
using Sitrep.Ingest;

namespace Sitrep.Cli;

/// <summary>
/// The reading loop of the commands that read reports: each report read and its figures extracted,
/// one line on stderr per input that fails and per error diagnostic, progress while it runs. Reports are extracted in
/// batches (<see cref="ExtractionPipeline.Extract(IReadOnlyList{Article}, CancellationToken)"/>), which keeps the place
/// stage's tables in the processor's caches; a batch ends at <see cref="ExtractionPipeline.BatchReports"/> reports or
/// <see cref="BatchChars"/> characters of text, and before an input that fails, so that lines come in the inputs' order.
/// </summary>
public sealed class ExtractingReader
{
    /// <summary>The most text in one batch, so that long reports are not held by the hundred.</summary>
    internal const int BatchChars = 1 << 20;

    private readonly CliContext _context;
    private readonly InputSettings _settings;
    private readonly ProgressReporter _progress;
    private long _bytes;

    private readonly FigureUse _use;

    /// <param name="use">Which figures the command reads whole (<see cref="FigureUse"/>): what none of them needs is left undone.</param>
    public ExtractingReader(CliContext context, InputSettings settings, ProgressReporter progress, FigureUse use = FigureUse.All)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _context = context;
        _settings = settings;
        _progress = progress;
        _use = use;
    }

    /// <summary>Inputs that could not be read (each has had its line on stderr).</summary>
    public int Failures { get; private set; }

    /// <summary>Reports read so far.</summary>
    public int Reports { get; private set; }

    public IEnumerable<(Article Article, ExtractionResult Result)> Read(string[] paths, string? manifest, CancellationToken cancellationToken)
    {
        var pipeline = _settings.Pipeline!;
        using var source = new ReportSource(_settings.SourceOptions());
        foreach (var batch in Batches(source.Read(paths, manifest, cancellationToken), cancellationToken))
        {
            foreach (var done in Extract(pipeline, batch, cancellationToken))
            {
                yield return done;
            }
        }
    }

    /// <summary>
    /// The reports read, in batches; an input that fails ends the batch before it and has its line once that batch is
    /// handed on (the batches are taken one at a time), so that lines come in the inputs' order.
    /// </summary>
    private IEnumerable<List<Article>> Batches(IEnumerable<ReadOutcome> outcomes, CancellationToken cancellationToken)
    {
        var batch = new List<Article>();
        long chars = 0;
        foreach (var outcome in outcomes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Failure is { } failure)
            {
                if (batch.Count > 0)
                {
                    yield return batch;
                    (batch, chars) = ([], 0);
                }

                Fail(failure.Input ?? "input", failure.Message);
                continue;
            }

            batch.Add(outcome.Article!);
            chars += outcome.Article!.Text.Length;
            if (batch.Count >= ExtractionPipeline.BatchReports || chars >= BatchChars)
            {
                yield return batch;
                (batch, chars) = ([], 0);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>A batch's figures, each report's error diagnostics on stderr and its progress counted as it is handed on.</summary>
    private IEnumerable<(Article Article, ExtractionResult Result)> Extract(ExtractionPipeline pipeline, List<Article> batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<ExtractionResult>? results;
        try
        {
            results = pipeline.Extract(batch, _use, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            results = null; // read again one by one below: the reports before the one that fails are handed on first
        }

        for (int i = 0; i < batch.Count; i++)
        {
            var (article, result) = (batch[i], results?[i] ?? pipeline.Extract(batch[i], cancellationToken));
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
