namespace Sitrep.Core;

/// <summary>
/// Reads an article's figures: cleaning, sentences, number mentions, figures, attribution, time.
/// Build it once and share it: it is immutable and thread-safe.
/// </summary>
public sealed class ExtractionPipeline
{
    public static ExtractionPipeline CreateDefault() => new();

    public ExtractionResult Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractionResult(article.Id, [], [], article.Published);
    }
}
