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
/// per report, the report's story assigned in it, touched ledgers rebuilt after. Adds run side by side:
/// each report's figures are read before its transaction begins, and only story assignment is serialised
/// (through the store, with <c>sitrep ingest</c> processes writing to the same store), so one slow report
/// never makes the others wait.
/// </summary>
public sealed class ReportAdder
{
    private readonly ISitrepStore _store;
    private readonly Func<Article, CancellationToken, ExtractionResult> _extract;
    private readonly LedgerPipeline _ledgers;
    private readonly Lock _opening = new();
    private StoryKeeper? _keeper;

    public ReportAdder(ISitrepStore store, ExtractionPipeline pipeline, LedgerPipeline ledgers)
        : this(store, (pipeline ?? throw new ArgumentNullException(nameof(pipeline))).Extract, ledgers)
    {
    }

    /// <param name="extract">Reads a report's figures; called for several adds at once.</param>
    public ReportAdder(ISitrepStore store, Func<Article, CancellationToken, ExtractionResult> extract, LedgerPipeline ledgers)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(ledgers);
        _store = store;
        _extract = extract;
        _ledgers = ledgers;
    }

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
        var keeper = Keeper(cancellationToken);
        var service = new IngestService(_store, _extract, [keeper]);
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
                    _store.GetArticle(result.ArticleId)?.StoryId, null));
        }

        foreach (string storyId in added.Select(a => a.StoryId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            StoryKeeper.RebuildLedger(_store, storyId, _ledgers, LedgerJson.StoryToString);
        }

        keeper.SaveCheckpoint(_store);
        return added;
    }

    /// <summary>The story keeper, opened from the store's checkpoint on the first add; it follows other writers through the store's story log.</summary>
    private StoryKeeper Keeper(CancellationToken cancellationToken)
    {
        lock (_opening)
        {
            return _keeper ??= StoryKeeper.Open(_store, _ledgers, LedgerJson.StoryToString, cancellationToken);
        }
    }
}
