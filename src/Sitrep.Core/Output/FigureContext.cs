namespace Sitrep.Core;

/// <summary>
/// What a figure record says beyond the figure itself, when the writer knows it: the report's outlet, URL and date,
/// the page of a PDF, and once reports are grouped, the story, the series and whether the figure is independent
/// evidence or only echoes another report.
/// </summary>
/// <param name="Independent">Null when the figure's report was not compared with others (extraction alone).</param>
public sealed record FigureContext(
    string? Outlet = null,
    string? Url = null,
    TimePoint? Published = null,
    int? Page = null,
    string? Story = null,
    string? Series = null,
    bool? Independent = null,
    string? EchoOf = null)
{
    /// <summary>What the report itself tells about its figures: outlet, URL, date; and the page of <paramref name="figure"/>.</summary>
    public static FigureContext Of(Article article, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(figure);
        return new FigureContext(article.Outlet, article.Url, article.Published, ArticlePages.PageAt(article, figure.Span.Start));
    }
}
