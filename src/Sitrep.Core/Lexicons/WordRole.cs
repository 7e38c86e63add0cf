namespace Sitrep.Core.Lexicons;

/// <summary>The roles a function word of <c>grammar-words.tsv</c> plays for the figure grammar.</summary>
[Flags]
public enum WordRole
{
    None = 0,
    Auxiliary = 1 << 0,
    LeftPreferring = 1 << 1,
    Subordinator = 1 << 2,
    Determiner = 1 << 3,
    PartitivePronoun = 1 << 4,
    HeadStop = 1 << 5,
    Preposition = 1 << 6,
    Comparison = 1 << 7,
    ListIntroducer = 1 << 8,
    Anaphora = 1 << 9,
    CountingVerb = 1 << 10,
    Degree = 1 << 11,
    ClauseStarter = 1 << 12,
    ObjectStart = 1 << 13,
    /// <summary>Marks a victim who lived or is told apart from the dead: "another", "also", "survived", "critical".</summary>
    Survivor = 1 << 14,
    /// <summary>A place a count is in, not what it counts: "sleeping in 52 public shelters".</summary>
    Locative = 1 << 15,
    /// <summary>Before a unit of time after a count, makes it a rate: "1,500 people a day", "per week".</summary>
    Distributive = 1 << 16,
}
