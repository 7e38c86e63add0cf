namespace Sitrep.Core.Stories;

/// <summary>What a story term is. Names, event words and figures say more about which event a report is on than other words.</summary>
public enum TermKind
{
    /// <summary>An ordinary content word, lightly stemmed ("pipeline").</summary>
    Word,
    /// <summary>A capitalised name or a pair of adjacent ones, demonyms folded to their place ("ecuador", "free enterprise").</summary>
    Name,
    /// <summary>An event from the event-word lexicon ("earthquake" for "quake", "tremor").</summary>
    Event,
    /// <summary>A number of 10 or more, or with decimals, multipliers applied ("2400000" for "2.4 mln"); years are left out.</summary>
    Figure,
}
