namespace Sitrep.Core.Places;

/// <summary>
/// One gazetteer entry: a town, an admin area or a country, with its ISO codes and coordinates.
/// </summary>
/// <param name="Name">The name as the gazetteer spells it ("Xankandi", "Syunik Province", "Armenia").</param>
/// <param name="Country">ISO 3166-1 alpha-2 ("AZ").</param>
/// <param name="Admin1">ISO 3166-2 ("AM-SU"); null for a country, or an area or town the gazetteer places in no subdivision.</param>
/// <param name="Population">People living there: a town's; an area's, the people of its towns in the gazetteer (a
/// weight for telling two areas of one name apart); 0 when unknown.</param>
/// <param name="Seat">A national (2) or first-level (1) seat; 0 otherwise.</param>
public sealed record PlaceEntry(string Name, PlacePrecision Precision, string Country, string? Admin1, double Lat, double Lon, int Population, int Seat)
{
    /// <summary>The name of the town a neighbourhood is a part of ("Chicago" for "Brighton Park"), in the same area; null for most.</summary>
    public string? PartOf { get; init; }

    /// <summary>
    /// A hash of the coordinates and the kind of place, consistent with the record's equality (which compares these and
    /// more) and without hashing its strings, as the record's own hash did: entries are keys of the per-report tallies
    /// of the place stage, hashed for every place a report names.
    /// </summary>
    public override int GetHashCode() => HashCode.Combine(Lat, Lon, Precision);

    /// <summary>Whether this entry lies inside <paramref name="area"/> (or is it).</summary>
    public bool IsWithin(PlaceEntry area) =>
        ReferenceEquals(this, area)
        || (string.Equals(Country, area.Country, StringComparison.Ordinal)
            && (area.Precision == PlacePrecision.Country
                || (area.Precision == PlacePrecision.Admin1 && (Precision is PlacePrecision.Place or PlacePrecision.Admin2) && area.Admin1 is not null
                    && string.Equals(Admin1, area.Admin1, StringComparison.Ordinal))));
}
