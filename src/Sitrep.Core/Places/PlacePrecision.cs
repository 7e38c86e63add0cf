namespace Sitrep.Core.Places;

/// <summary>
/// How fine a place is: a town, a first-level admin area (a state, a province, a region), a whole country, or a
/// second-level area (a district, a regency, a territory), which lies in its first-level area.
/// </summary>
public enum PlacePrecision
{
    Place,
    Admin1,
    Country,
    Admin2,
}
