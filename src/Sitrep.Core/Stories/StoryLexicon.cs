using System.Collections.Frozen;

namespace Sitrep.Core.Stories;

/// <summary>
/// The word lists story grouping reads: stop words (<c>story-stop-words.txt</c>), event words
/// (<c>story-event-words.tsv</c>), demonyms (<c>story-demonyms.tsv</c>) and how far events reach (<c>story-event-reach.tsv</c>). <see cref="Default"/>
/// holds the shipped lists; <see cref="Parse"/> builds one from a user's copies of the files.
/// Immutable and thread-safe.
/// </summary>
public sealed class StoryLexicon
{
    public const string StopWordsFile = "story-stop-words.txt";
    public const string EventWordsFile = "story-event-words.tsv";
    public const string DemonymsFile = "story-demonyms.tsv";
    public const string EventReachFile = "story-event-reach.tsv";

    private static readonly Lazy<StoryLexicon> DefaultLexicon = new(() => Parse(
        LexiconText.Embedded(StopWordsFile), LexiconText.Embedded(EventWordsFile), LexiconText.Embedded(DemonymsFile), LexiconText.Embedded(EventReachFile)));

    private StoryLexicon(FrozenSet<string> stopWords, FrozenDictionary<string, string> events, FrozenDictionary<string, string> demonyms,
        FrozenDictionary<string, double> reach)
    {
        StopWords = stopWords;
        Events = events;
        Demonyms = demonyms;
        Reach = reach;
    }

    public static StoryLexicon Default => DefaultLexicon.Value;

    /// <summary>Lower-case words that say nothing about which event a report is on.</summary>
    public FrozenSet<string> StopWords { get; }

    /// <summary>Lower-case event word to its event ("quake" to "earthquake").</summary>
    public FrozenDictionary<string, string> Events { get; }

    /// <summary>Lower-case demonym or adjective to its place ("ecuadorean" to "ecuador").</summary>
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>Event to the kilometres it reaches ("attack" 30): reports of it from towns further apart are of two events. Events not listed reach across towns.</summary>
    public FrozenDictionary<string, double> Reach { get; }

    /// <summary>
    /// Builds a lexicon from the text of the files (see the files shipped in <c>lexicons/</c> for the format). Without
    /// <paramref name="eventReach"/> no event is bounded by place. A reach that is not a positive number is a
    /// <see cref="FormatException"/> naming the file and the event.
    /// </summary>
    public static StoryLexicon Parse(string stopWords, string eventWords, string demonyms, string? eventReach = null)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(eventWords);
        ArgumentNullException.ThrowIfNull(demonyms);
        var reach = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (eventName, km) in LexiconText.Pairs(eventReach ?? ""))
        {
            reach[eventName] = double.TryParse(km, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) && value > 0
                ? value
                : throw new FormatException($"{EventReachFile}: the reach of '{eventName}' ('{km}') is not a positive number of kilometres");
        }

        return new StoryLexicon(
            LexiconText.Words(stopWords).ToFrozenSet(StringComparer.Ordinal),
            LexiconText.Pairs(eventWords).ToFrozenDictionary(StringComparer.Ordinal),
            LexiconText.Pairs(demonyms).ToFrozenDictionary(StringComparer.Ordinal),
            reach.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
