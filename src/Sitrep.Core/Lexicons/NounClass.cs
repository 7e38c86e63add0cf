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
    /// <summary>
    /// People who respond to a crisis ("firefighters", "rescuers", "volunteers", "police officers"): counted only by a
    /// predicate of their own ("four firefighters were hurt") or as a verb's object, never by a measure word further
    /// off ("Hundreds of firefighters fought the blaze that forced 2,000 people to flee").
    /// </summary>
    Responder,
    Households,
    Houses,
    Tonnes,
    /// <summary>Not a humanitarian figure ("wars", "cars", "countries").</summary>
    Thing,
}
