namespace Sitrep.Core.Stories;

/// <summary>The headline of an article: its title, or else a short first line that reads like one.</summary>
internal static class Headline
{
    public const int MaxLength = 200;

    /// <summary>The headline and where the body starts (after the headline line when the text repeats it).</summary>
    public static (string? Headline, int BodyStart) Of(Article article)
    {
        string text = article.Text;
        var (lineStart, lineEnd) = FirstLine(text);
        string firstLine = lineEnd > lineStart ? text[lineStart..lineEnd].Trim() : "";
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            string title = article.Title.Trim();
            bool repeated = string.Equals(title, firstLine, StringComparison.OrdinalIgnoreCase);
            return (title, repeated ? lineEnd : 0);
        }

        bool looksLikeHeadline = firstLine.Length is > 0 and <= MaxLength
            && !firstLine.EndsWith('.')
            && (lineEnd >= text.Length || NextLineIsBlank(text, lineEnd));
        return looksLikeHeadline ? (firstLine, lineEnd) : (null, 0);
    }

    /// <summary>A readable label for an article without a headline: its first sentence, shortened.</summary>
    public static string Label(Article article, int maxLength = 120)
    {
        var (headline, _) = Of(article);
        if (headline is not null)
        {
            return headline;
        }

        string text = article.Text.Trim();
        int stop = text.IndexOfAny(['\n', '.']);
        string first = stop > 0 ? text[..stop] : text;
        return first.Length <= maxLength ? first : string.Concat(first.AsSpan(0, maxLength - 1), "…");
    }

    private static (int Start, int End) FirstLine(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = text.IndexOf('\n', start);
        return (start, end < 0 ? text.Length : end);
    }

    private static bool NextLineIsBlank(string text, int lineEnd)
    {
        int i = lineEnd + 1;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i >= text.Length || text[i] == '\n';
    }
}
