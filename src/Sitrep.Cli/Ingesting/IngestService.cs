using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Cli.Ingesting;

/// <summary>
/// Ingests one report at a time, each in its own transaction: plan (new, new version or unchanged),
/// extract figures under the store's id, save, then run the <see cref="IIngestStep"/>s (story assignment,
/// ledger) before committing. A crash at any point leaves the store as it was before the report, and
/// running the same ingest again completes it without duplicates.
/// </summary>
public sealed class IngestService
{
    private readonly ISitrepStore _store;
    private readonly Func<Article, CancellationToken, ExtractionResult> _extract;
    private readonly IReadOnlyList<IIngestStep> _steps;

    public IngestService(ISitrepStore store, ExtractionPipeline pipeline, IReadOnlyList<IIngestStep>? steps = null)
        : this(store, (pipeline ?? throw new ArgumentNullException(nameof(pipeline))).Extract, steps)
    {
    }

    /// <param name="extract">Reads an article's figures; the pipeline's <see cref="ExtractionPipeline.Extract"/> in the CLI.</param>
    public IngestService(ISitrepStore store, Func<Article, CancellationToken, ExtractionResult> extract, IReadOnlyList<IIngestStep>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extract);
        _store = store;
        _extract = extract;
        _steps = steps ?? [];
    }

    /// <exception cref="StoreException">The store failed (a transient conflict is retried once first).</exception>
    public IngestResult Ingest(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var prepared = Prepare(article);
        try
        {
            return IngestOnce(prepared, cancellationToken);
        }
        catch (StoreException e) when (e.IsTransient)
        {
            return IngestOnce(prepared, cancellationToken);
        }
    }

    /// <summary>
    /// Makes the article storable without moving any offset (NUL and lone surrogates become U+FFFD), and
    /// gives a local file without a URL its full path as origin, so the same file is recognised from any folder.
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

    private IngestResult IngestOnce(Article article, CancellationToken cancellationToken)
    {
        using var transaction = _store.BeginWrite();
        var plan = transaction.Plan(article);
        var stored = article with { Id = plan.ArticleId };
        if (!plan.NeedsFigures)
        {
            transaction.Save(plan, stored, []);
            transaction.Commit();
            return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, 0, []);
        }

        ExtractionResult extraction;
        try
        {
            extraction = _extract(stored, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, 0, [], $"extraction failed: {e.GetType().Name}: {e.Message}");
        }

        var figures = extraction.Figures.Select(Storable).ToList();
        var version = transaction.Save(plan, stored, figures)!;
        var ingested = new IngestedArticle(plan, stored, extraction with { Figures = figures }, version);
        foreach (var step in _steps)
        {
            step.Apply(transaction, ingested, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return new IngestResult(plan.Disposition, plan.ArticleId, plan.Version, figures.Count, extraction.Diagnostics);
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
        Text = StorableText.MakeStorable(f.Text),
        Quote = StorableText.MakeStorable(f.Quote),
        ConversionOf = Storable(f.ConversionOf),
    };
}
