namespace Sitrep.Core.Cleaning;

/// <summary>An article with a role for every block, and the passages that repeat earlier ones.</summary>
/// <param name="Repeats">Spans of body text that repeat an earlier passage of the same article.</param>
public sealed record CleanArticle(Article Article, IReadOnlyList<Block> Blocks, IReadOnlyList<TextSpan> Repeats)
{
    public string Text => Article.Text;

    /// <summary>The tokens of the blocks read for figures, as the cleaner read them (null for an article cleaned elsewhere).</summary>
    internal BlockTokens? Tokens { get; init; }

    public bool IsRepeated(TextSpan span)
    {
        for (int i = 0; i < Repeats.Count; i++)
        {
            if (Repeats[i].Contains(span))
            {
                return true;
            }
        }

        return false;
    }
}
