using System.Security.Cryptography;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Store.Ingesting;

namespace Sitrep.Web.AddReports;

/// <summary>What became of one added input.</summary>
/// <param name="Input">What the user gave: "pasted text", a file name, a URL.</param>
public sealed record AddedReport(string Input, string? Id, ArticleDisposition? Disposition, int Version, int Figures, string? StoryId, string? Failure)
{
    public bool Failed => Failure is not null;
}

/// <summary>
/// Adds reports to the store the way <c>sitrep ingest</c> does: same readers and limits, one transaction
/// per report, the report's story assigned in it, touched ledgers rebuilt after. One add runs at a time,
/// so the story clusterer sees reports in a single order.
/// </summary>
public sealed class ReportAdder(ISitrepStore store, ExtractionPipeline pipeline, LedgerPipeline ledgers)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoryKeeper? _keeper;
    private DateTimeOffset? _checkpoint;

    /// <summary>An id for pasted text: the title's words, or "pasted-" and a hash of the text.</summary>
    public static string PastedId(string? title, string text)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        if (string.IsNullOrWhiteSpace(title))
        {
            return "pasted-" + hash;
        }

        var slug = new StringBuilder();
        foreach (char c in title.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        string words = slug.ToString().Trim('-');
        return words.Length == 0 ? "pasted-" + hash : $"{words}-{hash}";
    }

    public IReadOnlyList<AddedReport> Add(IEnumerable<(string Input, ReadOutcome Outcome)> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _gate.Wait(cancellationToken);
        try
        {
            var keeper = Keeper(cancellationToken);
            var service = new IngestService(store, pipeline, [keeper]);
            var added = new List<AddedReport>();
            foreach (var (input, outcome) in inputs)
            {
                if (outcome.Failure is { } failure)
                {
                    added.Add(new AddedReport(input, null, null, 0, 0, null, failure.Message));
                    continue;
                }

                var result = service.Ingest(outcome.Article!, cancellationToken);
                added.Add(result.Failure is { } why
                    ? new AddedReport(input, null, null, 0, 0, null, why)
                    : new AddedReport(input, result.ArticleId, result.Disposition, result.Version, result.FigureCount,
                        store.GetArticle(result.ArticleId)?.StoryId, null));
            }

            keeper.Finish(store, cancellationToken);
            _checkpoint = store.GetStoryState(StoryKeeper.CheckpointKey)?.UpdatedAt;
            return added;
        }
        catch
        {
            _keeper = null; // whatever it holds may be ahead of the store: reopen from the checkpoint next time
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The kept clusterer, or a fresh one from the store's checkpoint when another process (an ingest) moved it on.</summary>
    private StoryKeeper Keeper(CancellationToken cancellationToken)
    {
        var saved = store.GetStoryState(StoryKeeper.CheckpointKey)?.UpdatedAt;
        if (_keeper is null || saved != _checkpoint)
        {
            _keeper = StoryKeeper.Open(store, ledgers, LedgerJson.StoryToString, cancellationToken);
            _checkpoint = saved;
        }

        return _keeper;
    }
}
