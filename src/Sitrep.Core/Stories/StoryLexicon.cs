using System.Collections.Frozen;

namespace Sitrep.Core.Stories;

/// <summary>
/// The word lists story grouping reads: stop words (<c>story-stop-words.txt</c>), event words
/// (<c>story-event-words.tsv</c>) and demonyms (<c>story-demonyms.tsv</c>). <see cref="Default"/>
/// holds the shipped lists; <see cref="Parse"/> builds one from a user's copies of the files.
/// Immutable and thread-safe.
/// </summary>
public sealed class StoryLexicon
{
    public const string StopWordsFile = "story-stop-words.txt";
    public const string EventWordsFile = "story-event-words.tsv";
    public const string DemonymsFile = "story-demonyms.tsv";

    private static readonly Lazy<StoryLexicon> DefaultLexicon = new(() => Parse(
        LexiconText.Embedded(StopWordsFile), LexiconText.Embedded(EventWordsFile), LexiconText.Embedded(DemonymsFile)));

    private StoryLexicon(FrozenSet<string> stopWords, FrozenDictionary<string, string> events, FrozenDictionary<string, string> demonyms)
    {
        StopWords = stopWords;
        Events = events;
        Demonyms = demonyms;
    }

    public static StoryLexicon Default => DefaultLexicon.Value;

    /// <summary>Lower-case words that say nothing about which event a report is on.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>Lower-case event word to its event ("quake" to "earthquake").</summary>
    public FrozenDictionary<string, string> Events { get; }

    /// <summary>Lower-case demonym or adjective to its place ("ecuadorean" to "ecuador").</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>Builds a lexicon from the text of the three files (see the files shipped in <c>lexicons/</c> for the format).</summary>
    public static StoryLexicon Parse(string stopWords, string eventWords, string demonyms)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(eventWords);
        ArgumentNullException.ThrowIfNull(demonyms);
        return new StoryLexicon(
            LexiconText.Words(stopWords).ToFrozenSet(StringComparer.Ordinal),
            LexiconText.Pairs(eventWords).ToFrozenDictionary(StringComparer.Ordinal),
            LexiconText.Pairs(demonyms).ToFrozenDictionary(StringComparer.Ordinal));
    }
}
