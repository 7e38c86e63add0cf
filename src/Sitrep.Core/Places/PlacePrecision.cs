namespace Sitrep.Core.Places;

/// <summary>How fine a place is: a town, a first-level admin area (a state, a province, a region) or a whole country.</summary>
public enum PlacePrecision
{
    Place,
    Admin1,
    Country,
}
