namespace Sitrep.Core.Places;

/// <summary>What a word of <c>place-words.tsv</c> does around a place name.</summary>
internal enum PlaceWordRole
{
    Cue,
    Origin,
    Direction,
    Suffix,
    Seat,
    Facility,
    Agency,
    Act,
    Clause,
    NotPlace,
    NeedsCue,
    Admin2,
    Part,
    Target,
    Landform,
    Site,
    Abroad,
    Host,
    Audience,
    Bearing,
}
