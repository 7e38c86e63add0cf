namespace Sitrep.Core.Ledger;

/// <summary>
/// Gives one source one name across a story's reports. Each report is read alone, so one calls the
/// governor "Mira Dastan" and another "Varek governor"; a person named with an organisation or role in
/// any report stands for it in all of them, and names differing only in case are one.
/// </summary>
internal static class SourceUnifier
{
    public static IReadOnlyList<Figure> Unify(IReadOnlyList<Figure> figures)
    {
        // Surname -> the organisation a report named them with ("Varek Governor Mira Dastan" -> "Varek governor").
        var bySurname = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in figures)
        {
            if (f.Source is null || f.SourceText is null)
            {
                continue;
            }

            string? surname = TrailingSurname(f.SourceText);
            if (surname is not null && !f.Source.Contains(surname, StringComparison.OrdinalIgnoreCase))
            {
                bySurname.TryAdd(surname, f.Source);
            }
        }

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
                string? surname = TrailingSurname(source);
                if (surname is not null && bySurname.TryGetValue(surname, out string? organisation))
                {
                    source = organisation;
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
        string before = words[^2];
        bool name = last.Length >= 3 && char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower)
                    && before.Length >= 2 && char.IsUpper(before[0]) && before.Skip(1).All(c => char.IsLower(c) || c == '.');
        return name ? last : null;
    }
}
