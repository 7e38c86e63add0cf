using System.Collections.Concurrent;
using Sitrep.Core;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>
/// Ingests reports, each in its own transaction: plan (new, new version or unchanged), extract figures under
/// the store's id, save, then run the <see cref="IIngestStep"/>s (story assignment, ledger) before committing.
/// A crash at any point leaves the store as it was before the report, and running the same ingest again
/// completes it without duplicates. <see cref="IngestAll"/> extracts on several threads and writes on one.
/// </summary>
public sealed class IngestService
{
    /// <summary>
    /// Reports queued ahead of the writer per extraction thread: enough that the extraction threads keep working while
    /// the writer is slow on a report (a large one, a new story), few enough that memory stays flat.
    /// </summary>
    private const int ReadAheadPerThread = 16;

    private readonly ISitrepStore _store;
    private readonly Func<Article, CancellationToken, ExtractionResult> _extract;
    private readonly IReadOnlyList<IIngestStep> _steps;

    public IngestService(ISitrepStore store, ExtractionPipeline pipeline, IReadOnlyList<IIngestStep>? steps = null)
        : this(store, (pipeline ?? throw new ArgumentNullException(nameof(pipeline))).Extract, steps)
    {
    }

    /// <param name="extract">Reads an article's figures (the pipeline's <see cref="ExtractionPipeline.Extract"/> in the CLI); called from several threads by <see cref="IngestAll"/>.</param>
    public IngestService(ISitrepStore store, Func<Article, CancellationToken, ExtractionResult> extract, IReadOnlyList<IIngestStep>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extract);
        _store = store;
        _extract = extract;
        _steps = steps ?? [];
    }

    /// <summary>
    /// Ingests one report in one transaction. Its figures are extracted before the transaction begins, so a
    /// slow report holds no lock while it is read: other writers (another add, another worker) go on meanwhile.
    /// </summary>
    /// <exception cref="StoreException">The store failed (a transient conflict is retried once first).</exception>
    public IngestResult Ingest(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Write(ExtractAhead(article, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Ingests a stream of inputs and yields what became of each, in input order. Up to
    /// <paramref name="parallelism"/> threads extract figures ahead of the writer (skipping content the store
    /// already holds); the calling thread plans, saves and commits one report at a time, so the store sees the
    /// same sequence of transactions as with <see cref="Ingest"/>. Memory stays flat: at most <see cref="ReadAheadPerThread"/> reports
    /// per thread are read ahead.
    /// </summary>
    /// <exception cref="StoreException">The store failed; the reports yielded before were committed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled: the report being written was committed first, the ones read ahead were not.</exception>
    public IEnumerable<IngestItem> IngestAll(IEnumerable<ReadOutcome> inputs, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ahead = new BlockingCollection<(ReadOutcome Input, Task<Prepared?> Work)>(boundedCapacity: parallelism * ReadAheadPerThread);
        using var queue = new BlockingCollection<(Article Article, TaskCompletionSource<Prepared?> Done)>(boundedCapacity: parallelism * ReadAheadPerThread);
        var reader = Task.Run(() => ReadAhead(inputs, ahead, queue, stop.Token), CancellationToken.None);

        // Dedicated threads, one per core asked for: extraction is long CPU work, and a thread-pool thread blocked
        // waiting for its turn would spin and make the pool add threads the cores cannot run.
        var extractors = new Thread[parallelism];
        for (int i = 0; i < extractors.Length; i++)
        {
            extractors[i] = new Thread(() => ExtractQueued(queue, stop.Token)) { IsBackground = true, Name = "sitrep extract" };
            extractors[i].Start();
        }

        try
        {
            foreach (var (input, work) in ahead.GetConsumingEnumerable(stop.Token))
            {
                var prepared = Await(work, stop.Token);
                // A report whose figures are read is written whole even when the run is being stopped: cancelling
                // stops between reports (above), never between a report's save and its commit.
                yield return prepared is null
                    ? new IngestItem(null, input.Failure, null)
                    : new IngestItem(prepared.Article, null, Write(prepared, CancellationToken.None));
            }

            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                reader.Wait(CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Stopped on purpose: the writer ended early.
            }

            foreach (var extractor in extractors)
            {
                extractor.Join();
            }
        }
    }

    /// <summary>
    /// Makes the article storable without moving any offset (NUL and lone surrogates become U+FFFD), and
    /// gives a local file without a URL its full path as origin, so the same file is recognised from any folder
    /// (see <see cref="SourceKey"/>: other origins, such as a dump's line or a paste, are not an identity).
    /// </summary>
    internal static Article Prepare(Article article)
    {
        string? origin = article.Origin;
        if (string.IsNullOrWhiteSpace(article.Url) && origin is not null && !origin.Contains("://", StringComparison.Ordinal) && File.Exists(origin))
        {
            origin = Path.GetFullPath(origin);
        }

        return article with
        {
            Id = StorableText.MakeStorable(article.Id),
            Text = StorableText.MakeStorable(article.Text),
            Title = Storable(article.Title),
            Outlet = Storable(article.Outlet),
            Url = Storable(article.Url),
            Language = Storable(article.Language),
            Origin = Storable(origin),
        };
    }

    /// <summary>The extraction's result, or its failure as thrown; stopping the run ends the wait (the report may never be taken).</summary>
    private static Prepared? Await(Task<Prepared?> work, CancellationToken cancellationToken)
    {
        if (!work.IsCompleted)
        {
            try
            {
                work.Wait(cancellationToken);
            }
            catch (AggregateException)
            {
                // Rethrown as itself below.
            }
        }

        return work.GetAwaiter().GetResult();
    }

    /// <summary>Queues each input for extraction and, in input order, the task the writer waits for; a failed read needs no extraction.</summary>
    private static void ReadAhead(IEnumerable<ReadOutcome> inputs, BlockingCollection<(ReadOutcome, Task<Prepared?>)> ahead,
        BlockingCollection<(Article, TaskCompletionSource<Prepared?>)> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Task<Prepared?> work;
                if (input.Article is { } article)
                {
                    var done = new TaskCompletionSource<Prepared?>(TaskCreationOptions.RunContinuationsAsynchronously);
                    queue.Add((article, done), cancellationToken); // queued before the writer can wait for it
                    work = done.Task;
                }
                else
                {
                    work = Task.FromResult<Prepared?>(null);
                }

                ahead.Add((input, work), cancellationToken);
            }
        }
        finally
        {
            queue.CompleteAdding();
            ahead.CompleteAdding();
        }
    }

    /// <summary>An extraction thread: takes queued reports until the queue ends or the run stops; a failure goes to the writer with its report.</summary>
    private void ExtractQueued(BlockingCollection<(Article Article, TaskCompletionSource<Prepared?> Done)> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (article, done) in queue.GetConsumingEnumerable(cancellationToken))
            {
                try
                {
                    done.SetResult(ExtractAhead(article, cancellationToken));
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run stopped: the reports still queued are not written.
        }
    }

    /// <summary>Extracts with the reader's id, unless the store already holds the content (then the writer will find it unchanged).</summary>
    private Prepared ExtractAhead(Article article, CancellationToken cancellationToken)
    {
        var prepared = Prepare(article);
        if (_store.ContainsContent(ContentHash.Of(prepared.Text)))
        {
            return new Prepared(prepared, null, null);
        }

        var (extraction, failure) = TryExtract(prepared, cancellationToken);
        return new Prepared(prepared, extraction, failure, failure is null ? ReadAhead(prepared) : null);
    }

    private IngestResult Write(Prepared prepared, CancellationToken cancellationToken)
    {
        try
        {
            return WriteOnce(prepared, cancellationToken);
        }
        catch (StoreException e) when (e.IsTransient)
        {
            return WriteOnce(prepared, cancellationToken);
        }
    }

    private IngestResult WriteOnce(Prepared prepared, CancellationToken cancellationToken)
    {
        using var transaction = _store.BeginWrite();
        var plan = transaction.Plan(prepared.Article);
        var stored = prepared.Article with { Id = plan.ArticleId };
        if (!plan.NeedsFigures)
        {
            transaction.Save(plan, stored, []);
            transaction.Commit();
            return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, 0, []);
        }

        // Extracted ahead under the reader's id: reuse it when the store keeps that id, else extract again under the store's.
        bool reusable = (prepared.Extraction is not null || prepared.Failure is not null)
            && string.Equals(plan.ArticleId, prepared.Article.Id, StringComparison.Ordinal);
        var (extraction, failure) = reusable ? (prepared.Extraction, prepared.Failure) : TryExtract(stored, cancellationToken);
        if (failure is not null)
        {
            return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, 0, [], failure);
        }

        var figures = extraction!.Figures.Select(Storable).ToList();
        var version = transaction.Save(plan, stored, figures, extraction.Place)!;
        var ingested = new IngestedArticle(plan, stored, extraction with { Figures = figures }, version);
        for (int i = 0; i < _steps.Count; i++)
        {
            var step = _steps[i];
            try
            {
                step.Apply(transaction, prepared.Ahead is { } ahead ? ingested with { Ahead = ahead[i] } : ingested, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not StoreException and not OutOfMemoryException)
            {
                // Disposing the transaction rolls the report back; a later run tries it again.
                return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, 0, [], $"{step.GetType().Name} failed: {e.GetType().Name}: {e.Message}");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, figures.Count, extraction.Diagnostics);
    }

    /// <summary>Runs the extractor; a failure of the extractor on one report is that report's failure, not the run's.</summary>
    private (ExtractionResult? Extraction, string? Failure) TryExtract(Article article, CancellationToken cancellationToken)
    {
        try
        {
            return (_extract(article, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (null, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? Storable(string? text) => text is null ? null : StorableText.MakeStorable(text);

    private static Figure Storable(Figure f) => f with
    {
        Doc = StorableText.MakeStorable(f.Doc),
        Unit = StorableText.MakeStorable(f.Unit),
        Source = Storable(f.Source),
        SourceText = Storable(f.SourceText),
        Subject = Storable(f.Subject),
        Event = Storable(f.Event),
        Aspect = Storable(f.Aspect),
        Text = StorableText.MakeStorable(f.Text),
        Quote = StorableText.MakeStorable(f.Quote),
        ConversionOf = Storable(f.ConversionOf),
    };

    /// <summary>What each step made of the report ahead (<see cref="IIngestStep.ReadAhead"/>), in step order; null when no step makes anything.</summary>
    private object?[]? ReadAhead(Article article)
    {
        object?[]? ahead = null;
        for (int i = 0; i < _steps.Count; i++)
        {
            object? made;
            try
            {
                made = _steps[i].ReadAhead(article);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                made = null; // the step does the work itself in Apply, where a failure fails the report alone
            }

            if (made is not null)
            {
                ahead ??= new object?[_steps.Count];
                ahead[i] = made;
            }
        }

        return ahead;
    }

    /// <summary>A report made storable, with the figures extracted ahead (under the reader's id) or the reason extraction failed; both null when not extracted.</summary>
    /// <param name="Ahead">What each step made of the report ahead, in step order (<see cref="ReadAhead"/>).</param>
    private sealed record Prepared(Article Article, ExtractionResult? Extraction, string? Failure, object?[]? Ahead = null);
}
