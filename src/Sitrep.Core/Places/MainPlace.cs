namespace Sitrep.Core.Places;

/// <summary>
/// The main place of several placed things (a story's reports, a series' figures): the country most of them lie in,
/// then the area most of those lie in, then the place named most often there, at the finest precision given. None when
/// fewer than half of them have a place: a place named for one figure of many is not where the rest were counted.
/// </summary>
public static class MainPlace
{
    public static FigurePlace? Of(IEnumerable<FigurePlace?> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var given = places.ToList();
        var all = given.OfType<FigurePlace>().ToList();
        if (all.Count == 0 || all.Count * 2 < given.Count)
        {
            return null;
        }

        string country = Top(all.Select(p => p.Country))!;
        var inCountry = all.Where(p => p.Country == country).ToList();
        string? area = Top(inCountry.Select(p => p.Admin1).OfType<string>());
        var inArea = area is null ? inCountry : inCountry.Where(p => p.Admin1 == area).ToList();
        var finest = inArea.Min(p => p.Precision);
        var chosen = inArea.Where(p => p.Precision == finest).ToList();
        string name = Top(chosen.Select(p => p.Name))!;
        return chosen.First(p => p.Name == name);
    }

    /// <summary>The most frequent value, the first seen among equals.</summary>
    private static string? Top(IEnumerable<string> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        foreach (string v in values)
        {
            int n = counts[v] = counts.GetValueOrDefault(v) + 1;
            if (best is null || n > counts[best])
            {
                best = v;
            }
        }

        return best;
    }
}
