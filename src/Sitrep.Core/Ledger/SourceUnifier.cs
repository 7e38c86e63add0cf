namespace Sitrep.Core.Ledger;

/// <summary>
/// Gives one source one name across a story's reports. Each report is read alone, so one calls the
/// governor "Mira Dastan", another "Varek governor" and a third "governor of Varek province"; a person
/// named in several reports stands for the name most reports give them, and names differing only in
/// case are one.
/// </summary>
internal static class SourceUnifier
{
    public static IReadOnlyList<Figure> Unify(IReadOnlyList<Figure> figures)
    {
        // Surname -> the names reports gave the source that person spoke for.
        var namesBySurname = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in figures)
        {
            if (f.Source is null)
            {
                continue;
            }

            string? surname = TrailingSurname(f.SourceText ?? f.Source) ?? TrailingSurname(f.Source);
            if (surname is null)
            {
                continue;
            }

            if (!namesBySurname.TryGetValue(surname, out var names))
            {
                namesBySurname[surname] = names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            }

            // A name that is the person's own ranks below one that names an office.
            int weight = f.Source.Contains(surname, StringComparison.OrdinalIgnoreCase) ? 1 : 3;
            names[f.Source] = names.GetValueOrDefault(f.Source) + weight;
        }

        var representative = namesBySurname.ToDictionary(
            n => n.Key,
            n => n.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
            StringComparer.OrdinalIgnoreCase);

        // One spelling per name: the most common casing.
        var spelling = figures.Where(f => f.Source is not null)
            .GroupBy(f => f.Source!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Source!, StringComparer.Ordinal).OrderByDescending(x => x.Count()).First().Key, StringComparer.OrdinalIgnoreCase);

        var unified = new List<Figure>(figures.Count);
        foreach (var f in figures)
        {
            string? source = f.Source;
            if (source is not null)
            {
                string? surname = TrailingSurname(f.SourceText ?? source) ?? TrailingSurname(source);
                if (surname is not null && representative.TryGetValue(surname, out string? name))
                {
                    source = name;
                }

                source = spelling.GetValueOrDefault(source, source);
            }

            unified.Add(source == f.Source ? f : f with { Source = source });
        }

        return unified;
    }

    /// <summary>The last word of a trailing two- or three-word capitalised name, or null.</summary>
    private static string? TrailingSurname(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        string last = words[^1].Trim(',', '.', ')');
        string before = words[^2].Trim(',');
        bool name = last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower)
                    && before.Length >= 2 && char.IsUpper(before[0]) && before.Skip(1).All(c => char.IsLower(c) || c == '.');
        return name ? last : null;
    }
}
