namespace Sitrep.Core.Stories;

/// <summary>Where one of a story's reports happened: its main town's name and coordinates, in degrees.</summary>
/// <param name="Name">The town's name as a story name term ("n:ana" for Santa Ana: its last word, lower case).</param>
public sealed record StoryPlace(string Name, double Lat, double Lon)
{
    /// <summary>The story name term of a town's name: its last word in lower case, as story grouping reads names.</summary>
    public static string NameTerm(string town)
    {
        ArgumentNullException.ThrowIfNull(town);
        int space = town.LastIndexOf(' ');
        return string.Concat("n:", town.AsSpan(space + 1).ToString().ToLowerInvariant());
    }

    private const double EarthRadiusKm = 6371;

    /// <summary>Great-circle distance in kilometres.</summary>
    public double KmTo(StoryPlace other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double rad = Math.PI / 180;
        double dLat = (other.Lat - Lat) * rad, dLon = (other.Lon - Lon) * rad;
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                   + (Math.Cos(Lat * rad) * Math.Cos(other.Lat * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
