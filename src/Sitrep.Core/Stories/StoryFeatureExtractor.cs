using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Stories;

/// <summary>
/// Turns an article into the terms story grouping compares: names (capitalised words and adjacent pairs
/// of them, told apart from sentence-initial capitals; on a capital or title-case headline a word counts
/// as a name when the body writes it as one), event words, figures, and the remaining content words.
/// Headline terms count <see cref="StoryClustererOptions.HeadlineBoost"/> times. Thread-safe.
/// </summary>
internal sealed class StoryFeatureExtractor
{
    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3,
        ["mln"] = 1e6,
        ["million"] = 1e6,
        ["millions"] = 1e6,
        ["bln"] = 1e9,
        ["bn"] = 1e9,
        ["billion"] = 1e9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const double PhraseShare = 0.5;
    private const int MaxWordLength = 60;

    private readonly StoryLexicon _lexicon;
    private readonly StoryClustererOptions _options;
    private readonly FrozenDictionary<string, string> _eventTerms;

    public StoryFeatureExtractor(StoryLexicon lexicon, StoryClustererOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        _eventTerms = lexicon.Events.Values.Distinct(StringComparer.Ordinal).ToFrozenDictionary(e => e, e => "e:" + e, StringComparer.Ordinal);
    }

    public List<ArticleTerm> Extract(Article article, string? headline, int bodyStart)
    {
        string text = article.Text;
        var body = new List<Word>();
        WordScanner.Scan(text, bodyStart, text.Length, body, _options.MaxWordsPerArticle);
        var nameEvidence = NameEvidence(text, body);

        var counts = new Dictionary<string, (TermKind Kind, double Count)>(StringComparer.Ordinal);
        if (headline is not null)
        {
            var titleWords = new List<Word>();
            WordScanner.Scan(headline, 0, headline.Length, titleWords, 64);
            Classify(headline, titleWords, nameEvidence, _options.HeadlineBoost, counts);
        }

        Classify(text, body, nameEvidence, 1.0, counts);

        var terms = new List<ArticleTerm>(counts.Count);
        foreach (var (term, (kind, count)) in counts)
        {
            if (count < 0.25)
            {
                continue;
            }

            // An event word counts once however often it is repeated ("ferry", "vessel", "boat" all say shipwreck):
            // it is evidence of the kind of event, not of which one.
            double tf = kind == TermKind.Event ? 1.0 : count < 1 ? count : 1.0 + Math.Log(count);
            terms.Add(new ArticleTerm(term, kind, KindWeight(kind) * tf));
        }

        return terms;
    }

    /// <summary>Lower-cased words the body writes capitalised away from a sentence start (and the places of demonyms among them): the names of this article.</summary>
    private HashSet<string> NameEvidence(string text, List<Word> words)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (!w.CaseBlind && !w.SentenceStart && w.Shape is WordShape.Capitalized or WordShape.AllCaps)
            {
                string key = text.Substring(w.Start, w.Length).ToLowerInvariant();
                names.Add(key);
                if (Place(key) is { } place)
                {
                    names.Add(place);
                }
            }
        }

        return names;
    }

    private void Classify(string text, List<Word> words, HashSet<string> nameEvidence, double increment,
        Dictionary<string, (TermKind Kind, double Count)> counts)
    {
        var evidence = nameEvidence.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopWords = _lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var events = _lexicon.Events.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[2 + MaxWordLength];
        Span<char> stemBuffer = stackalloc char[2 + MaxWordLength];
        Span<char> pair = stackalloc char[4 + 2 * MaxWordLength];
        Span<char> previous = stackalloc char[MaxWordLength];
        int previousLength = -1;
        bool previousWasPair = false;
        int previousEnd = -1;
        for (int index = 0; index < words.Count; index++)
        {
            var w = words[index];
            if (w.Shape == WordShape.Number)
            {
                previousLength = -1;
                if (FigureKey(text, words, index) is { } figure)
                {
                    Count(counts, "f:" + figure, TermKind.Figure, increment);
                }

                continue;
            }

            if (w.Shape == WordShape.Other || w.Length < 2 || w.Length > MaxWordLength)
            {
                previousLength = -1;
                continue;
            }

            var key = buffer.Slice(2, w.Length);
            text.AsSpan(w.Start, w.Length).ToLowerInvariant(key);
            if (stopWords.Contains(key))
            {
                previousLength = -1;
                continue;
            }

            key.CopyTo(stemBuffer[2..]);
            var stem = Stem(stemBuffer.Slice(2, key.Length));
            if (events.TryGetValue(key, out string? eventName) || events.TryGetValue(stem, out eventName))
            {
                previousLength = -1;
                Count(counts, _eventTerms[eventName], TermKind.Event, increment);
                continue;
            }

            if (IsName(w, key, evidence))
            {
                ReadOnlySpan<char> place = Place(key) is { } mapped ? mapped : key;
                buffer[0] = 'n';
                buffer[1] = ':';
                ReadOnlySpan<char> nameTerm = place == key ? buffer[..(2 + key.Length)] : string.Concat("n:", place);
                if (previousLength >= 0 && Adjacent(text, previousEnd, w.Start))
                {
                    // A name of several words ("Herald of Free Enterprise", "Ilham Aliyev") counts about once: the pair
                    // carries it, its words count half, so a surname alone still meets the full name.
                    "n:".CopyTo(pair);
                    previous[..previousLength].CopyTo(pair[2..]);
                    pair[2 + previousLength] = ' ';
                    place.CopyTo(pair[(3 + previousLength)..]);
                    Count(counts, pair[..(3 + previousLength + place.Length)], TermKind.Name, increment * PhraseShare);
                    Count(counts, nameTerm, TermKind.Name, increment * (1 - PhraseShare));
                    if (!previousWasPair)
                    {
                        "n:".CopyTo(pair);
                        previous[..previousLength].CopyTo(pair[2..]);
                        Count(counts, pair[..(2 + previousLength)], TermKind.Name, -increment * PhraseShare);
                    }

                    previousWasPair = true;
                }
                else
                {
                    Count(counts, nameTerm, TermKind.Name, increment);
                    previousWasPair = false;
                }

                previousLength = Math.Min(place.Length, MaxWordLength);
                place[..previousLength].CopyTo(previous);
                previousEnd = w.End;
                continue;
            }

            previousLength = -1;
            if (key.Length >= 3)
            {
                stemBuffer[0] = 'w';
                stemBuffer[1] = ':';
                Count(counts, stemBuffer[..(2 + stem.Length)], TermKind.Word, increment);
            }
        }
    }

    private static bool IsName(Word w, ReadOnlySpan<char> key, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nameEvidence) => w.Shape switch
    {
        _ when w.CaseBlind => nameEvidence.Contains(key),
        WordShape.AllCaps => true,
        WordShape.Capitalized => !w.SentenceStart || nameEvidence.Contains(key),
        _ => false,
    };

    /// <summary>The place a demonym names ("ecuadorean", "armenians"), or <c>null</c>.</summary>
    private string? Place(ReadOnlySpan<char> key)
    {
        var demonyms = _lexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (demonyms.TryGetValue(key, out string? place))
        {
            return place;
        }

        return key.Length > 3 && key[^1] == 's' && demonyms.TryGetValue(key[..^1], out place) ? place : null;
    }

    /// <summary>Two names form one when only a space or a hyphen stands between them.</summary>
    private static bool Adjacent(string text, int previousEnd, int start)
    {
        int gap = start - previousEnd;
        return gap is 1 && text[previousEnd] is ' ' or '-' or '\u2010' or '\u2011';
    }

    /// <summary>The figure a number token stands for, or <c>null</c> for years, clock times and small whole numbers.</summary>
    private static string? FigureKey(string text, List<Word> words, int index)
    {
        var w = words[index];
        var token = text.AsSpan(w.Start, w.Length);
        if (token.Length > 1 && token[0] == '0' && token[1] != '.')
        {
            return null;
        }

        bool grouped = token.Contains(',');
        string digits = grouped ? token.ToString().Replace(",", "", StringComparison.Ordinal) : token.ToString();
        if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }

        bool multiplied = false;
        if (index + 1 < words.Count)
        {
            var next = words[index + 1];
            if (next.Start - w.End <= 2 && next.Length <= 8
                && Multipliers.TryGetValue(text.Substring(next.Start, next.Length).ToLowerInvariant(), out double multiplier))
            {
                value *= multiplier;
                multiplied = true;
            }
        }

        bool whole = value == Math.Floor(value);
        if (!multiplied && whole && (value < 10 || (!grouped && value is >= 1800 and <= 2100)))
        {
            return null;
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private double KindWeight(TermKind kind) => kind switch
    {
        TermKind.Name => _options.NameWeight,
        TermKind.Event => _options.EventWeight,
        TermKind.Figure => _options.FigureWeight,
        _ => 1.0,
    };

    private static void Count(Dictionary<string, (TermKind Kind, double Count)> counts, ReadOnlySpan<char> term, TermKind kind, double increment)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(term, out var current))
        {
            lookup[term] = (kind, current.Count + increment);
        }
        else
        {
            counts.Add(term.ToString(), (kind, increment));
        }
    }

    /// <summary>A light stemmer: enough that "floods", "flooding" and "flood" meet, not a linguistic one. Works in place: the result is a prefix of <paramref name="word"/>.</summary>
    internal static Span<char> Stem(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed"))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            return word[..^1];
        }

        return word;
    }
}
