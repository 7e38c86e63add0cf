using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Gives every block of an article a role, so web-page leftovers ("Your browser doesn't support
/// HTML5", "SEE ALSO:" headlines, captions, credit lines) are not read as body text, and finds
/// passages repeated inside the article so their figures are not counted twice.
/// </summary>
public sealed partial class BoilerplateCleaner
{
    private const int MaxTitleLength = 250;
    private const int MaxBoilerplateLength = 400;

    // Built once: a char[] literal in a call is built (and its data copied) at every call.
    private static readonly char[] CaptionEndTrim = [' ', '.', ')', '"', '”', '\r', '\n'];
    private static readonly char[] ClosingTrim = ['"', '\'', '”', '’', ')', ' '];

    private readonly LexiconSet _lexicons;
    private readonly RepeatDetector _repeats = new();

    public BoilerplateCleaner(LexiconSet lexicons)
    {
        _lexicons = lexicons;
    }

    public CleanArticle Clean(Article article) => Clean(article, null);

    /// <param name="tokens">An empty list to read the tokens into (the pipeline lends one it reuses), or null for a new one.</param>
    internal CleanArticle Clean(Article article, List<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(article);
        string text = article.Text;
        var blocks = article.Blocks.Count > 0
            ? article.Blocks.ToList()
            : BlockSplitter.Split(text).Select(span => new Block(span, BlockRole.Body)).ToList();

        bool fromReader = article.Blocks.Count > 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body)
            {
                continue;
            }

            var role = Classify(text, blocks, i, fromReader, article.Title);
            if (role != block.Role)
            {
                blocks[i] = block with { Role = role }; // most blocks stay body: no copy for them
            }
        }

        // Read once, here: the repeat finder takes the body's words from these tokens and the pipeline its sentences (a block
        // marked a repeat below stays read).
        var read = BlockTokens.Read(text, blocks, tokens);
        var repeats = _repeats.Find(text, blocks, read);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role == BlockRole.Body && CoveredShare(blocks[i].Span, repeats) >= 0.8)
            {
                blocks[i] = blocks[i] with { Role = BlockRole.Repeat };
            }
        }

        return new CleanArticle(article, blocks, repeats) { Tokens = read };
    }

    private BlockRole Classify(string text, List<Block> blocks, int index, bool fromReader, string? title)
    {
        var span = blocks[index].Span;
        var content = text.AsSpan(span.Start, span.Length);

        // Page furniture is short; a long paragraph is never tested against the patterns.
        if (content.Length <= MaxBoilerplateLength && _lexicons.Boilerplate.Match(content) is { } role)
        {
            return role;
        }

        if (!fromReader && index == 0 && LooksLikeHeadline(content, title))
        {
            return BlockRole.Title;
        }

        if (index > 0 && blocks[index - 1].Role == BlockRole.Media && content.Length < 200 && !EndsSentence(content))
        {
            return BlockRole.Media; // the title of the player that could not load
        }

        if (content.StartsWith('#'))
        {
            return BlockRole.Heading;
        }

        if (content.Length <= 60 && IsAllCaps(content) && !EndsSentence(content) && index > 0)
        {
            return BlockRole.Heading;
        }

        if (index > 0 && !EndsSentence(content) && IsHeadlineCase(content)) // the cheap test first: most blocks end a sentence
        {
            return BlockRole.RelatedLink; // a headline in the middle of the body links elsewhere
        }

        if (LooksLikeCaption(content))
        {
            return BlockRole.Caption;
        }

        return BlockRole.Body;
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> content, string? title)
    {
        if (title is not null && string.Equals(Normalize(content.ToString()), Normalize(title), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return content.Length <= MaxTitleLength && !content.Contains('\n') && !EndsWithPeriod(content);
    }

    /// <summary>
    /// A one-sentence block in the present tense that ends with a date: "Refugees sit in the back of a
    /// truck … on September 27." — the shape of a photo caption.
    /// </summary>
    public bool LooksLikeCaption(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return LooksLikeCaption(content.AsSpan());
    }

    private bool LooksLikeCaption(ReadOnlySpan<char> content)
    {
        var end = content.TrimEnd(CaptionEndTrim);
        if (content.Length > 320 || end.Length == 0 || !char.IsDigit(end[^1]) || !CaptionDateEnding().IsMatch(content))
        {
            return false;
        }

        int periods = SentenceEnd().Count(content);
        if (periods > 1)
        {
            return false;
        }

        var verbs = _lexicons.CaptionVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var opening = content[..Math.Min(content.Length, 160)];
        foreach (var word in Word().EnumerateMatches(opening))
        {
            var letters = opening.Slice(word.Index, word.Length);
            // The set ignores case: a word of ASCII letters is looked up as written, another in lower case as before.
            if (System.Text.Ascii.IsValid(letters) ? verbs.Contains(letters) : _lexicons.CaptionVerbs.Contains(letters.ToString().ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static double CoveredShare(TextSpan block, IReadOnlyList<TextSpan> repeats)
    {
        int covered = 0;
        foreach (var r in repeats)
        {
            int s = Math.Max(block.Start, r.Start), e = Math.Min(block.End, r.End);
            if (e > s)
            {
                covered += e - s;
            }
        }

        return block.Length == 0 ? 0 : (double)covered / block.Length;
    }

    private static bool EndsSentence(ReadOnlySpan<char> content)
    {
        var t = content.TrimEnd(ClosingTrim);
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private static bool EndsWithPeriod(ReadOnlySpan<char> content)
    {
        var t = content.TrimEnd(ClosingTrim);
        return t.Length > 0 && t[^1] is '.' or ';' or ',';
    }

    private static bool IsAllCaps(ReadOnlySpan<char> content)
    {
        bool anyLetter = false;
        foreach (char c in content)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter;
    }

    /// <summary>Most words capitalised, as in a headline: "Mass Exodus: Thousands Of Ethnic Armenians Flee Nagorno-Karabakh".</summary>
    private static bool IsHeadlineCase(ReadOnlySpan<char> content)
    {
        if (content.Length > 200)
        {
            return false;
        }

        int words = 0, capitalised = 0;
        int i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && !char.IsLetterOrDigit(content[i]))
            {
                i++;
            }

            int start = i;
            while (i < content.Length && (char.IsLetterOrDigit(content[i]) || content[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            int length = i - start;
            if (length == 0)
            {
                continue;
            }

            char first = content[start];
            if (length <= 3 && char.IsLower(first))
            {
                continue; // "of", "in", "to", "a" stay lower case in headlines
            }

            words++;
            if (char.IsUpper(first) || char.IsDigit(first))
            {
                capitalised++;
            }
        }

        return words >= 3 && capitalised >= words * 0.75;
    }

    private static string Normalize(string s) => WhiteSpace().Replace(s.Trim(), " ");

    [GeneratedRegex(@"\b(on|in|at)\s+(\w+day,?\s+)?((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(,?\s+\d{4})?\.?\s*[)”""]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionDateEnding();

    [GeneratedRegex(@"[.!?](\s+[A-Z]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
