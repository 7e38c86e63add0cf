namespace Sitrep.Core.Places;

/// <summary>
/// Where a figure holds: the place's name as the gazetteer spells it, its country (ISO 3166-1 alpha-2), its first-level
/// area (ISO 3166-2, when known), coordinates in degrees, and how fine it is.
/// </summary>
public sealed record FigurePlace(string Name, string Country, string? Admin1, double Lat, double Lon, PlacePrecision Precision)
{
    public static FigurePlace From(PlaceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new FigurePlace(entry.Name, entry.Country, entry.Admin1, entry.Lat, entry.Lon, entry.Precision);
    }

    /// <summary>The precision as written in outputs: <c>place</c>, <c>admin2</c>, <c>admin1</c> or <c>country</c>.</summary>
    public string PrecisionName => PrecisionText(Precision);

    public static string PrecisionText(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Place => "place",
        PlacePrecision.Admin1 => "admin1",
        PlacePrecision.Admin2 => "admin2",
        _ => "country",
    };

    /// <summary>Reads <c>place</c>, <c>admin2</c>, <c>admin1</c> or <c>country</c>; null for anything else.</summary>
    public static PlacePrecision? ParsePrecision(string? text) => text switch
    {
        "place" => PlacePrecision.Place,
        "admin1" => PlacePrecision.Admin1,
        "admin2" => PlacePrecision.Admin2,
        "country" => PlacePrecision.Country,
        _ => null,
    };
}
