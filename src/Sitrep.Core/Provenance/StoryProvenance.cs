namespace Sitrep.Core.Provenance;

/// <summary>The provenance of a story's articles, in order of publication (then id).</summary>
public sealed record StoryProvenance(IReadOnlyList<ArticleProvenance> Articles)
{
    private Dictionary<string, int>? _order;

    /// <summary>The article's provenance, or <c>null</c> when it is not in this story.</summary>
    public ArticleProvenance? Find(string articleId)
    {
        int index = IndexOf(articleId);
        return index < 0 ? null : Articles[index];
    }

    /// <summary>
    /// Whether a figure is independent or an echo of an earlier report's figure: an earlier article of the
    /// story gives a figure of the same value, unit and measure, and this figure's article copies that
    /// article, or the figure's sentence or paragraph repeats a passage of it (or both repeat the same
    /// passage), or both articles credit the same wire service. The earliest such figure is named.
    /// </summary>
    /// <param name="storyFigures">Figures of the story's articles (others are ignored).</param>
    public FigureOrigin Judge(Figure figure, IEnumerable<Figure> storyFigures)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(storyFigures);
        int order = IndexOf(figure.Doc);
        if (order < 0)
        {
            return new FigureOrigin(figure.Id, FigureVerdict.Independent, null, EchoReason.None);
        }

        var article = Articles[order];
        var echoes = EchoesAt(article, figure.SentenceSpan).ToList();
        var wires = article.Wires;
        if (echoes.Count == 0 && article.Copies.Count == 0 && wires.Count == 0)
        {
            return new FigureOrigin(figure.Id, FigureVerdict.Independent, null, EchoReason.None); // nothing it could echo through
        }

        var candidates = storyFigures
            .Where(f => f.Value == figure.Value && f.Measure == figure.Measure && string.Equals(f.Unit, figure.Unit, StringComparison.Ordinal))
            .Select(f => (Figure: f, Order: IndexOf(f.Doc)))
            .Where(c => c.Order >= 0 && c.Order < order)
            .OrderBy(c => c.Order)
            .ThenBy(c => c.Figure.Span.Start);
        foreach (var (earlier, earlierOrder) in candidates)
        {
            var source = Articles[earlierOrder];
            if (article.Copies.Any(c => c.SourceId == source.ArticleId && c.Kind != CopyKind.SharedParagraphs))
            {
                return new FigureOrigin(figure.Id, FigureVerdict.Echo, earlier.Id, EchoReason.ArticleCopied);
            }

            if (PassageRepeats(echoes, source, earlier.SentenceSpan))
            {
                return new FigureOrigin(figure.Id, FigureVerdict.Echo, earlier.Id, EchoReason.PassageCopied);
            }

            if (wires.FirstOrDefault(w => source.Credits.Any(c => string.Equals(c.Wire, w, StringComparison.Ordinal))) is { } wire)
            {
                return new FigureOrigin(figure.Id, FigureVerdict.Echo, earlier.Id, EchoReason.SameWire, wire);
            }
        }

        return new FigureOrigin(figure.Id, FigureVerdict.Independent, null, EchoReason.None);
    }

    /// <summary>
    /// The figure's sentence (or its paragraph) echoes the source article; or it echoes the same earlier
    /// passage as the source figure's own sentence does (both copied one original).
    /// </summary>
    private static bool PassageRepeats(List<PassageEcho> echoes, ArticleProvenance source, TextSpan sourceSentence)
    {
        if (echoes.Count == 0)
        {
            return false;
        }

        if (echoes.Any(e => e.ArticleId == source.ArticleId))
        {
            return true;
        }

        var sourceEchoes = EchoesAt(source, sourceSentence).ToList();
        return echoes.Any(e => sourceEchoes.Any(s => s.ArticleId == e.ArticleId && s.Span.Overlaps(e.Span)));
    }

    private static IEnumerable<PassageEcho> EchoesAt(ArticleProvenance article, TextSpan span)
    {
        foreach (var passage in article.Sentences.Concat(article.Paragraphs))
        {
            if (passage.Echo is { } echo && passage.Span.Overlaps(span))
            {
                yield return echo;
            }
        }
    }

    private int IndexOf(string articleId)
    {
        var order = _order;
        if (order is null)
        {
            order = new Dictionary<string, int>(Articles.Count, StringComparer.Ordinal);
            for (int i = Articles.Count - 1; i >= 0; i--)
            {
                order[Articles[i].ArticleId] = i; // the first, should an id repeat
            }

            _order = order; // a race only builds the same map twice
        }

        return order.TryGetValue(articleId, out int index) ? index : -1;
    }
}
