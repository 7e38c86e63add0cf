namespace Sitrep.Core;

/// <summary>The pages of a paged report (a PDF), from its <see cref="BlockRole.PageStart"/> blocks.</summary>
public static class ArticlePages
{
    /// <summary>The 1-based page of the document that holds <paramref name="offset"/> of the article's text; null when the report has no pages.</summary>
    public static int? PageAt(Article article, int offset)
    {
        ArgumentNullException.ThrowIfNull(article);
        int page = 0;
        foreach (var block in article.Blocks)
        {
            if (block.Role == BlockRole.PageStart && block.Span.Start <= offset)
            {
                page++;
            }
        }

        return page == 0 && !article.Blocks.Any(b => b.Role == BlockRole.PageStart) ? null : Math.Max(page, 1);
    }

    /// <summary>How many pages the report has (0 when it is not paged).</summary>
    public static int Count(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Blocks.Count(b => b.Role == BlockRole.PageStart);
    }
}
