using System.Collections.Frozen;
using System.Reflection;

namespace Sitrep.Ingest.Html;

/// <summary>
/// The editable word lists that steer main-text selection (<c>html-hints.txt</c>): class/id words of
/// page furniture, of article containers, of captions, bylines and dates, and the opening phrases of
/// boilerplate, related-link and credit blocks. Immutable and thread-safe once built.
/// </summary>
public sealed class HtmlHints
{
    private static readonly Lazy<HtmlHints> DefaultHints = new(LoadDefault);

    private readonly FrozenDictionary<string, WordSet> _words;
    private readonly FrozenDictionary<string, string[]> _phrases;

    private HtmlHints(Dictionary<string, List<string>> sections)
    {
        _words = sections.Where(s => !s.Key.EndsWith("-phrases", StringComparison.Ordinal))
            .ToFrozenDictionary(s => s.Key, s => new WordSet(s.Value), StringComparer.Ordinal);
        _phrases = sections.Where(s => s.Key.EndsWith("-phrases", StringComparison.Ordinal))
            .ToFrozenDictionary(
                s => s.Key,
                s => s.Value.Select(p => p.ToLowerInvariant()).OrderByDescending(p => p.Length).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>The built-in hints.</summary>
    public static HtmlHints Default => DefaultHints.Value;

    public WordSet Furniture => Words("furniture");

    /// <summary>Furniture words that a content word on the same element overrules.</summary>
    public WordSet WeakFurniture => Words("furniture-weak");

    /// <summary>Whether an element's words mark it as page furniture.</summary>
    public bool IsFurniture(IReadOnlyList<string> words) =>
        words.Count > 0 && (Furniture.Matches(words) || (WeakFurniture.Matches(words) && !Content.Matches(words)));

    public WordSet Negative => Words("negative");

    public WordSet Content => Words("content");

    public WordSet Caption => Words("caption");

    public WordSet Byline => Words("byline");

    public WordSet Date => Words("date");

    public IReadOnlyList<string> BoilerplatePhrases => Phrases("boilerplate-phrases");

    public IReadOnlyList<string> RelatedPhrases => Phrases("related-phrases");

    public IReadOnlyList<string> CreditPhrases => Phrases("credit-phrases");

    /// <summary>The built-in hints extended by a user's file of the same format.</summary>
    /// <exception cref="IngestException">The file cannot be read.</exception>
    public static HtmlHints Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IngestException($"{path}: cannot read the hints file: {e.Message}", e);
        }

        var sections = Parse(DefaultText(), new Dictionary<string, List<string>>(StringComparer.Ordinal));
        return new HtmlHints(Parse(text, sections));
    }

    /// <summary>Whether <paramref name="text"/> (lower case, trimmed) opens with one of the phrases.</summary>
    public static bool StartsWithAny(string text, IReadOnlyList<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.Ordinal)
                && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1])))
            {
                return true;
            }
        }

        return false;
    }

    private WordSet Words(string section) => _words.TryGetValue(section, out var set) ? set : WordSet.Empty;

    private string[] Phrases(string section) => _phrases.TryGetValue(section, out var list) ? list : [];

    private static HtmlHints LoadDefault() =>
        new(Parse(DefaultText(), new Dictionary<string, List<string>>(StringComparer.Ordinal)));

    private static string DefaultText()
    {
        var assembly = typeof(HtmlHints).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("html-hints.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, List<string>> Parse(string text, Dictionary<string, List<string>> sections)
    {
        List<string>? current = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                string name = line[1..^1].Trim().ToLowerInvariant();
                if (!sections.TryGetValue(name, out current))
                {
                    current = [];
                    sections[name] = current;
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.StartsWith('!'))
            {
                string removed = line[1..].Trim();
                current.RemoveAll(e => string.Equals(e, removed, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                current.Add(line);
            }
        }

        return sections;
    }
}
