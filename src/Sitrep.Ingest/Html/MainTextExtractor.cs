using System.Text;
using AngleSharp.Dom;
using Sitrep.Core;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Picks a page's main text. Each paragraph-like run scores by its length, commas and how little
/// of it is link text; the score flows to its container and, weaker, to the containers above.
/// Containers gain or lose by class/id words (<see cref="HtmlHints"/>) and lose by link density.
/// The best container and its siblings that score alike make the article; under it, runs are kept
/// as body, headings, captions, credits, bylines or related links, and link lists, boilerplate
/// phrases, date lines and crumbs are left out.
/// </summary>
public sealed class MainTextExtractor
{
    /// <summary>The reason given for a dropped line that states a date (the reader takes the publication date from it).</summary>
    internal const string DateLineReason = "date line";

    private const int MinScoredChars = 25;

    private readonly HtmlHints _hints;

    public MainTextExtractor(HtmlHints? hints = null)
    {
        _hints = hints ?? HtmlHints.Default;
    }

    internal MainText Extract(IElement body, IReadOnlyList<PageRun> runs, string? title)
    {
        var stats = new Dictionary<IElement, Candidate>();
        foreach (var run in runs)
        {
            if (run.Furniture is null)
            {
                Score(run, stats);
            }
        }

        var top = stats
            .Where(p => p.Value.Score > 0)
            .Select(p => (Element: p.Key, Score: Final(p.Key, p.Value)))
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        if (Environment.GetEnvironmentVariable("SITREP_TRACE") is not null)
        {
            foreach (var c in stats.Where(p => p.Value.Score > 0).Select(p => (p.Key, p.Value, F: Final(p.Key, p.Value))).OrderByDescending(p => p.F).Take(8))
            {
                File.AppendAllText("/tmp/trace.txt", $"{c.F:0.0} score={c.Value.Score:0.0} prior={c.Value.Prior} ld={c.Value.LinkDensity:0.00} chars={c.Value.Chars} {Describe(c.Key)}\n");
            }
        }

        var topElement = top.Element ?? body;
        var included = Included(topElement, top.Score, stats);
        var main = Collect(runs, included, title, Describe(topElement));
        return WithBylineAbove(main, runs, topElement, included);
    }

    private void Score(PageRun run, Dictionary<IElement, Candidate> stats)
    {
        double weight = run.Kind switch
        {
            RunKind.Paragraph or RunKind.Loose or RunKind.TableCell or RunKind.Quote or RunKind.Preformatted => 1.0,
            RunKind.ListItem => 0.5,
            _ => 0.0,
        };

        // Every ancestor learns how much text and link text it holds.
        for (var e = run.Owner; e is not null; e = e.ParentElement)
        {
            var c = Get(e, stats);
            c.Chars += run.Chars;
            c.LinkChars += run.LinkChars;
        }

        if (weight == 0 || run.Chars < MinScoredChars)
        {
            return;
        }

        int commas = run.Text.Count(ch => ch is ',' or '，' or '、');
        double score = weight * (1 + commas + Math.Min(run.Chars / 100.0, 3.0)) * (1 - run.LinkDensity);
        int level = 0;
        for (var e = run.Container; e is not null && level < 5; e = e.ParentElement, level++)
        {
            double divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
            Get(e, stats).Score += score / divider;
        }
    }

    private Candidate Get(IElement element, Dictionary<IElement, Candidate> stats)
    {
        if (!stats.TryGetValue(element, out var candidate))
        {
            candidate = new Candidate { Score = 0, Prior = Prior(element) };
            stats[element] = candidate;
        }

        return candidate;
    }

    /// <summary>
    /// Text score plus the tag-and-name prior, all scaled down by link density. The prior counts in
    /// full only for a container holding at least a few paragraphs' worth of text, so a short
    /// headline cell named "contentheading" cannot outrank the article below it.
    /// </summary>
    private static double Final(IElement element, Candidate candidate) =>
        (candidate.Score + candidate.Prior * Math.Min(1.0, candidate.Chars / 500.0)) * (1 - candidate.LinkDensity);

    /// <summary>What a container is worth before its text: its tag and its class/id words.</summary>
    private double Prior(IElement element)
    {
        double prior = element.LocalName switch
        {
            "article" => 10,
            "div" or "main" => 5,
            "section" => 3,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var words = ElementWords.Of(element);
        if (_hints.Content.Matches(words))
        {
            prior += 25;
        }

        if (_hints.Negative.Matches(words) || _hints.IsFurniture(words))
        {
            prior -= 25;
        }

        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            prior += 25;
        }

        return prior;
    }

    /// <summary>The chosen container and those of its siblings that look like more of the same article.</summary>
    private static HashSet<IElement> Included(IElement top, double topScore, Dictionary<IElement, Candidate> stats)
    {
        var included = new HashSet<IElement> { top };
        var parent = top.ParentElement;
        if (parent is null)
        {
            return included;
        }

        double threshold = Math.Max(10, topScore * 0.2);
        string? topClass = top.GetAttribute("class");
        foreach (var sibling in parent.Children)
        {
            if (sibling == top || !stats.TryGetValue(sibling, out var candidate))
            {
                continue;
            }

            double bonus = !string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") ? topScore * 0.2 : 0;
            double score = Final(sibling, candidate) + bonus;
            bool paragraph = sibling.LocalName == "p" && candidate.LinkDensity < 0.25 && candidate.Chars > 80;
            if (score >= threshold || paragraph)
            {
                included.Add(sibling);
            }
        }

        return included;
    }

    private MainText Collect(IReadOnlyList<PageRun> runs, HashSet<IElement> included, string? title, string container)
    {
        var kept = new List<MainTextBlock>();
        var dropped = new List<DroppedText>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string titleKey = Key(title ?? "");
        foreach (var run in runs)
        {
            var root = IncludingRoot(run.Owner, included);
            if (run.Furniture is not null)
            {
                dropped.Add(new DroppedText(run.Text, $"page furniture ({run.Furniture})"));
                continue;
            }

            if (root is null)
            {
                dropped.Add(new DroppedText(run.Text, "outside the article"));
                continue;
            }

            var (role, reason) = Classify(run, root, titleKey);
            if (reason is null && role == BlockRole.Body && kept.Count > 0 && kept[^1].Role == BlockRole.Byline
                && run.Words <= 5 && !EndsSentence(run.Text))
            {
                // "By Jane Doe" then "The Associated Press": the agency line belongs to the byline.
                role = BlockRole.Byline;
            }

            if (reason is not null)
            {
                dropped.Add(new DroppedText(run.Text, reason));
                continue;
            }

            if (!seen.Add(Key(run.Text)) && run.Words > 3)
            {
                role = BlockRole.Repeat;
            }

            kept.Add(new MainTextBlock(run.Text, role));
        }

        // A closing line that ends in ':' introduced something left out (share buttons, a link list).
        while (kept.Count > 0 && kept[^1].Role == BlockRole.Body && kept[^1].Text.EndsWith(':'))
        {
            dropped.Add(new DroppedText(kept[^1].Text, "lead-in to left-out content"));
            kept.RemoveAt(kept.Count - 1);
        }

        return new MainText(kept, dropped, container);
    }

    /// <summary>
    /// A byline usually sits above the article body, beside the headline, outside the container the
    /// text chose: when none was kept, take the first byline-looking line in the container's parent
    /// or grandparent that comes before the body.
    /// </summary>
    private MainText WithBylineAbove(MainText main, IReadOnlyList<PageRun> runs, IElement top, HashSet<IElement> included)
    {
        if (main.Blocks.Any(b => b.Role == BlockRole.Byline))
        {
            return main;
        }

        var area = top.ParentElement?.ParentElement ?? top.ParentElement;
        if (area is null)
        {
            return main;
        }

        foreach (var run in runs)
        {
            if (IncludingRoot(run.Owner, included) is not null)
            {
                break;
            }

            if (run.Furniture is null && run.Words is >= 2 and <= 12 && area.Contains(run.Owner)
                && (IsByline(run.Text) || Any(AncestorWords(run.Owner, area), _hints.Byline)))
            {
                var blocks = main.Blocks.Prepend(new MainTextBlock(run.Text, BlockRole.Byline)).ToList();
                var dropped = main.Dropped.Where(d => !ReferenceEquals(d.Text, run.Text)).ToList();
                return main with { Blocks = blocks, Dropped = dropped };
            }
        }

        return main;
    }

    private (BlockRole Role, string? DropReason) Classify(PageRun run, IElement root, string titleKey)
    {
        string lower = run.Text.ToLowerInvariant();
        int words = run.Words;
        string key = Key(run.Text);
        if (key.Length == 0)
        {
            return (BlockRole.Boilerplate, "no letters");
        }

        if (titleKey.Length > 0 && (key == titleKey || (run.Kind == RunKind.Heading && run.Level <= 2 && titleKey.Contains(key, StringComparison.Ordinal) && key.Length * 2 > titleKey.Length)))
        {
            return (BlockRole.Title, "the headline (already the title)");
        }

        if (run.LinkDensity > 0.5 && (run.Chars < 300 || run.Kind == RunKind.ListItem))
        {
            return (BlockRole.RelatedLink, "mostly link text");
        }

        var words2 = AncestorWords(run.Owner, root);
        if (run.Kind == RunKind.Caption || InFigure(run.Owner, root) || Any(words2, _hints.Caption))
        {
            return (HtmlHints.StartsWithAny(lower, _hints.CreditPhrases) ? BlockRole.Credit : BlockRole.Caption, null);
        }

        if (words <= 12 && (Any(words2, _hints.Byline) || IsByline(run.Text)))
        {
            return (BlockRole.Byline, null);
        }

        if (words <= 10 && (Any(words2, _hints.Date) || DateTextParser.Find(run.Text) is not null) && !EndsSentence(run.Text))
        {
            return (BlockRole.Boilerplate, DateLineReason);
        }

        if (words <= 15 && IsMenuLine(run.Text))
        {
            return (BlockRole.Boilerplate, "menu line");
        }

        if (words <= 25 && (lower.Contains("all rights reserved", StringComparison.Ordinal) || lower.StartsWith('©')))
        {
            return (BlockRole.Boilerplate, "copyright line");
        }

        if (words <= 8 && HtmlHints.StartsWithAny(lower, _hints.BoilerplatePhrases))
        {
            return (BlockRole.Boilerplate, "boilerplate phrase");
        }

        if (words <= 40 && HtmlHints.StartsWithAny(lower, _hints.RelatedPhrases))
        {
            return (BlockRole.RelatedLink, null);
        }

        if (words <= 30 && HtmlHints.StartsWithAny(lower, _hints.CreditPhrases))
        {
            return (BlockRole.Credit, null);
        }

        if (run.Kind == RunKind.Heading)
        {
            return (BlockRole.Heading, null);
        }

        if (words <= 2 && !EndsSentence(run.Text))
        {
            return (BlockRole.Boilerplate, "too short to be text");
        }

        return (BlockRole.Body, null);
    }

    /// <summary>"Home | News | Sport", "1 | 2 | 3 Next": short items split by bars or bullets.</summary>
    private static bool IsMenuLine(string text) => text.Count(c => c is '|' or '•' or '·') >= 2;

    private static bool IsByline(string text) =>
        text.StartsWith("By ", StringComparison.Ordinal) && text.Length > 4 && char.IsUpper(text[3]);

    private static bool EndsSentence(string text) =>
        text.Length > 0 && text.TrimEnd('"', '”', '’', '\'', ')', ' ')[^1..] is "." or "!" or "?" or ":" or ";";

    private static bool Any(List<IReadOnlyList<string>> words, WordSet set) => words.Any(set.Matches);

    private static List<IReadOnlyList<string>> AncestorWords(IElement owner, IElement root)
    {
        var list = new List<IReadOnlyList<string>>();
        for (var e = owner; e is not null && e != root; e = e.ParentElement)
        {
            list.Add(ElementWords.Of(e));
        }

        return list;
    }

    private static bool InFigure(IElement owner, IElement root)
    {
        for (var e = owner; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName == "figure")
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? IncludingRoot(IElement owner, HashSet<IElement> included)
    {
        for (var e = owner; e is not null; e = e.ParentElement)
        {
            if (included.Contains(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Letters and digits only, lower case: how two texts are compared.</summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Describe(IElement element)
    {
        string id = element.GetAttribute("id") is { Length: > 0 } i ? "#" + i : "";
        string classes = element.GetAttribute("class") is { Length: > 0 } c
            ? "." + string.Join('.', c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            : "";
        return element.LocalName + id + classes;
    }

    private sealed class Candidate
    {
        public double Score { get; set; }

        public double Prior { get; init; }

        public int Chars { get; set; }

        public int LinkChars { get; set; }

        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }
}
