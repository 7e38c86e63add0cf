using System.Collections.Immutable;

namespace Sitrep.Core.Attribution;

/// <summary>
/// What <see cref="SourceCanonicalizer"/> reads in a source phrase whatever article it is in, kept so a phrase that
/// recurs is read once.
/// </summary>
/// <param name="Parts">The names the phrase holds, cleaned: "Nagorno-Karabakh's ombudsman, Gegham Stepanian" has two.</param>
/// <param name="Affiliation">The organisation of "a person of an organisation", if the phrase is one.</param>
/// <param name="KindWord">"ministry" in a bare "the ministry": the article's last source of that kind is meant.</param>
/// <param name="PlaceRole">The first part read as a place and a role ("Nagorno-Karabakh ombudsman").</param>
/// <param name="Person">The first part that is a person's name.</param>
/// <param name="People">Each person named (full name, surname), remembered for the rest of the article.</param>
/// <remarks>
/// Immutable arrays, not interfaces: a phrase is kept and shared by every report that names it, and every source of every
/// report walks its parts, which over an immutable array needs no enumerator.
/// </remarks>
internal sealed record SourcePhrase(
    ImmutableArray<string> Parts,
    string? Affiliation,
    string? KindWord,
    string? PlaceRole,
    string? Person,
    ImmutableArray<(string Name, string Surname)> People);
