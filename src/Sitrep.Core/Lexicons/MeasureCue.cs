namespace Sitrep.Core.Lexicons;

/// <summary>A word or phrase that says what a number counts.</summary>
/// <param name="IsNoun">It can head the counted phrase ("20 deaths"), not only predicate it ("20 were killed").</param>
/// <param name="SubCount">It names a part of a larger count ("bodies found", "died of injuries").</param>
/// <param name="Intransitive">It never takes the count as its object: "has left 4.4 million people facing hunger" is not a displacement.</param>
/// <param name="Aspect">A finer kind within the measure: for displacement "crossing" or "internal"; null when the word says neither.</param>
/// <param name="Adjacent">It counts only right before the number ("a province of about 310,000").</param>
/// <param name="PeopleOnly">
/// It counts a number only when the number names people, or is the subject of the word: "shot 14 people", "14 were
/// shot", but not "shot 14 of 23 from the field" or "shot 51 percent".
/// </param>
public sealed record MeasureCue(Measure Measure, bool IsNoun, bool SubCount, bool Intransitive, string? Aspect = null, bool Adjacent = false, bool PeopleOnly = false);
