using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Text;
using Sitrep.Ingest.Web;
using Sitrep.Store.Ingesting;

namespace Sitrep.Store.Watching;

/// <summary>
/// Keeps the store current with its watch list. Each round claims the sources that are due (several watchers
/// on one store share them: a claimed source is skipped by the others), fetches each conditionally (an
/// unchanged feed costs a 304), reads only the feed items it has not read before, ingests them as
/// <c>sitrep ingest</c> does (one transaction per report, its story assigned in it), backs off from sources
/// that fail, and rebuilds the touched stories' ledgers, recording what changed. Stopping (the token) ends
/// the round after the report in hand, which is committed; a feed cut short keeps its old validators, so the
/// next round reads the rest. Not thread-safe: one round at a time.
/// </summary>
public sealed class FeedWatcher : IDisposable
{
    /// <summary>Notes on a feed item that kept only its summary: it is read again next time, to get its page.</summary>
    private static readonly string[] RetryNotes = ["link-failed", "follow-cap"];

    private readonly ISitrepStore _store;
    private readonly WatchOptions _options;
    private readonly TimeProvider _time;
    private readonly WebFetcher _fetcher;
    private readonly UrlReader _reader;
    private readonly StoryKeeper _stories;
    private readonly IngestService _ingest;
    private int _rounds;

    public FeedWatcher(ISitrepStore store, ExtractionPipeline pipeline, LedgerPipeline ledgers, WatchOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(ledgers);
        _store = store;
        _options = options ?? new WatchOptions();
        _time = time ?? TimeProvider.System;
        _fetcher = new WebFetcher(_options.Fetch with { MaxBytes = Math.Min(_options.Fetch.MaxBytes, _options.MaxBytes) }, _time);
        _reader = new UrlReader(_fetcher, new HtmlArticleReader(new HtmlReaderOptions { MaxBytes = _options.MaxBytes }), new TextArticleReader(_options.MaxBytes));
        _stories = StoryKeeper.Open(store, ledgers, LedgerJson.StoryToString);
        _ingest = new IngestService(store, pipeline, [_stories]);
    }

    public WatchOptions Options => _options;

    /// <summary>
    /// Runs rounds until <paramref name="cancellationToken"/> is cancelled (or <paramref name="maxRounds"/> rounds ran),
    /// sleeping until the next source is due. A store that fails is reported and tried again after a pause, so a
    /// database restart does not end a watcher that runs as a service.
    /// </summary>
    /// <param name="report">Called after each round that fetched something.</param>
    /// <param name="problem">Called with the reason when a round could not run (the store failed).</param>
    public async Task RunAsync(Action<WatchRound> report, Action<string> problem, int? maxRounds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(problem);
        int ran = 0;
        while (!cancellationToken.IsCancellationRequested && (maxRounds is null || ran < maxRounds))
        {
            TimeSpan wait;
            try
            {
                if (RunRound(cancellationToken) is { } round)
                {
                    ran++;
                    report(round);
                    if (round.Interrupted || (maxRounds is not null && ran >= maxRounds))
                    {
                        return;
                    }
                }

                wait = UntilNextDue();
            }
            catch (StoreException e)
            {
                problem(e.Message);
                wait = _options.IdleCheck;
            }

            try
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: the due sources this watcher could claim, each fetched and its new reports ingested; null when none was due.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    public WatchRound? RunRound(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        IReadOnlyList<WatchSource> claimed;
        using (var tx = _store.BeginWrite())
        {
            claimed = tx.ClaimWatches(_options.Owner, _options.Batch, _options.Lease);
            tx.Commit();
        }

        if (claimed.Count == 0)
        {
            return null;
        }

        long started = _time.GetTimestamp();
        var tally = new Tally();
        bool interrupted = false;
        foreach (var source in claimed)
        {
            if (interrupted || cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
                Complete(source, new WatchResult(source.ETag, source.LastModified, source.NextDue, source.Failures, source.LastError, Fetched: false, Changed: false));
                continue;
            }

            if (tally.FailingHosts.TryGetValue(HostOf(source.Url), out var failing))
            {
                // Its host failed this round: do not ask it again now; come back when the failed source does.
                tally.Deferred++;
                Complete(source, new WatchResult(source.ETag, source.LastModified, failing.Until, source.Failures, $"not fetched: {failing.Reason}", Fetched: false, Changed: false));
                continue;
            }

            interrupted = Watch(source, tally, cancellationToken);
        }

        var (stories, changes) = tally.Reports.Done > 0 ? _stories.Finish(_store, CancellationToken.None) : (0, 0);
        return new WatchRound(++_rounds, claimed.Count, tally.NotModified, tally.Failed, tally.Deferred, tally.Reports.New, tally.Reports.NewVersions, tally.Reports.Unchanged,
            tally.Reports.Failed, stories, changes, tally.Problems, _time.GetElapsedTime(started), interrupted);
    }

    public void Dispose() => _fetcher.Dispose();

    /// <summary>Fetches one source and ingests what is new in it; true when it was cut short by cancellation.</summary>
    private bool Watch(WatchSource source, Tally tally, CancellationToken cancellationToken)
    {
        FetchOutcome fetched;
        try
        {
            fetched = _fetcher.FetchAsync(source.Url, ContentKinds.Any, new FetchConditions(source.ETag, source.LastModified), cancellationToken)
                .GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Complete(source, new WatchResult(source.ETag, source.LastModified, source.NextDue, source.Failures, source.LastError, Fetched: false, Changed: false));
            return true;
        }

        var now = _time.GetUtcNow();
        if (fetched.NotModified)
        {
            tally.NotModified++;
            Complete(source, new WatchResult(source.ETag, source.LastModified, now + source.Every, 0, null, Fetched: true, Changed: false));
            return false;
        }

        if (fetched.Failure is { } failure)
        {
            tally.Failed++;
            int failures = source.Failures + 1;
            var wait = _options.Backoff(source.Every, failures);
            tally.Problems.Add($"{source.Url}: {failure.Message} (failed {failures} time{(failures == 1 ? "" : "s")} in a row; next try in {Durations.Format(wait)})");
            if (HostTrouble(failure))
            {
                tally.FailingHosts.TryAdd(HostOf(source.Url), (now + wait, $"{HostOf(source.Url)} failed this round ({failure.Message})"));
            }

            Complete(source, new WatchResult(source.ETag, source.LastModified, now + wait, failures, failure.Message, Fetched: true, Changed: false));
            return false;
        }

        var resource = fetched.Resource!;
        int changedBefore = tally.Changed;
        bool cut = false;
        try
        {
            foreach (var outcome in _reader.Read(resource, id => _store.HasSeenItem(source.Key, id), cancellationToken))
            {
                Ingest(source, outcome, tally);
                if (cancellationToken.IsCancellationRequested)
                {
                    cut = true;
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            cut = true;
        }

        bool changed = tally.Changed > changedBefore;
        Complete(source, cut
            // Cut short: keep the old validators and come back at once, so the items not read yet are read next time.
            ? new WatchResult(source.ETag, source.LastModified, _time.GetUtcNow(), 0, null, Fetched: true, changed)
            : new WatchResult(resource.ETag, resource.LastModified, _time.GetUtcNow() + source.Every, 0, null, Fetched: true, changed));
        return cut;
    }

    private void Ingest(WatchSource source, ReadOutcome outcome, Tally tally)
    {
        if (outcome.Article is not { } article)
        {
            tally.Reports.Failed++;
            tally.Problems.Add($"{outcome.Failure!.Input}: {outcome.Failure.Message}");
            return;
        }

        // The report is written whole even when the watcher is being stopped: stopping waits for it.
        var result = _ingest.Ingest(article, CancellationToken.None);
        if (result.Failure is not null)
        {
            tally.Reports.Failed++;
            tally.Problems.Add($"{article.Origin ?? article.Id}: {result.Failure}");
            return;
        }

        tally.Reports.Add(result.Disposition);
        if (!outcome.Notes.Any(n => RetryNotes.Contains(n.Code, StringComparer.Ordinal)))
        {
            using var tx = _store.BeginWrite();
            tx.MarkItemSeen(source.Key, article.Id);
            tx.RenewWatch(source.Key, _options.Owner, _options.Lease);
            tx.Commit();
        }
    }

    private void Complete(WatchSource source, WatchResult result)
    {
        using var tx = _store.BeginWrite();
        tx.CompleteWatch(source.Key, _options.Owner, result);
        tx.Commit();
    }

    /// <summary>A failure that says the host is in trouble (unreachable, too slow, 5xx, 429), not only this one URL.</summary>
    private static bool HostTrouble(Diagnostic failure) =>
        failure.Code is "network" or "timeout"
        || (failure.Code == "http-status" && (failure.Message.StartsWith("HTTP 5", StringComparison.Ordinal) || failure.Message.StartsWith("HTTP 429", StringComparison.Ordinal)));

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority.ToLowerInvariant() : url;

    /// <summary>How long to sleep: until the next source is due, at least a moment and at most <see cref="WatchOptions.IdleCheck"/>.</summary>
    private TimeSpan UntilNextDue()
    {
        var now = _time.GetUtcNow();
        var due = _store.ListWatches()
            .Select(s => s.LeasedUntil is { } until && until > now && s.LeaseOwner != _options.Owner ? (until > s.NextDue ? until : s.NextDue) : s.NextDue)
            .DefaultIfEmpty(now + _options.IdleCheck)
            .Min();
        var wait = due - now;
        return wait < TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(200) : wait > _options.IdleCheck ? _options.IdleCheck : wait;
    }

    private sealed class Tally
    {
        public int NotModified { get; set; }

        public int Failed { get; set; }

        /// <summary>Sources not fetched because their host failed earlier in the round.</summary>
        public int Deferred { get; set; }

        /// <summary>Hosts that failed this round: when their failed source is due again, and why.</summary>
        public Dictionary<string, (DateTimeOffset Until, string Reason)> FailingHosts { get; } = new(StringComparer.Ordinal);

        /// <summary>The reports of the round: new, new versions, unchanged, and failed (<see cref="IngestTally.Failed"/>).</summary>
        public IngestTally Reports { get; } = new();

        public int Changed => Reports.New + Reports.NewVersions;

        public List<string> Problems { get; } = [];
    }
}
