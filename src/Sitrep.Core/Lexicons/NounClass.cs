namespace Sitrep.Core.Lexicons;

/// <summary>What a head noun after a number counts.</summary>
public enum NounClass
{
    /// <summary>Not in the lexicon.</summary>
    Unknown,
    /// <summary>People, and worth reporting as the subject ("soldiers", "children").</summary>
    People,
    /// <summary>People, saying nothing more ("people", "persons", "others").</summary>
    Generic,
    Households,
    Houses,
    Tonnes,
    /// <summary>Not a humanitarian figure ("wars", "cars", "countries").</summary>
    Thing,
}
