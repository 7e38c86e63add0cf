using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Attribution;

/// <summary>
/// Gives one person one name across a story's reports. Each report is read alone, so one calls the governor
/// "Mira Dastan", another "Varek governor" and a third "governor Dastan": a person named in several reports
/// stands for the office most reports give them, and names differing only in case are one. Only people are
/// resolved: a name that ends in an organisation's noun ("Health Ministry", "State Department") is never
/// merged with another, so "Azerbaijani Health Ministry" and "Armenian Health Ministry" stay two sources.
/// Pure and thread-safe.
/// </summary>
public sealed class StorySourceResolver
{
    private readonly LexiconSet _lexicons;

    public StorySourceResolver(LexiconSet? lexicons = null)
    {
        _lexicons = lexicons ?? LexiconSet.Default;
    }

    /// <summary>The story's figures, each with its source resolved; figures whose source does not change are returned as they are.</summary>
    public IReadOnlyList<Figure> Resolve(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);

        // Surname -> the names reports gave the source that person spoke for.
        var namesBySurname = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in figures)
        {
            if (f.Source is null || Surname(f) is not { } surname)
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
            n => Specific(n.Value).OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
            StringComparer.OrdinalIgnoreCase);

        // One spelling per name: the most common casing.
        var spelling = figures.Where(f => f.Source is not null)
            .GroupBy(f => f.Source!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Source!, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key,
                StringComparer.OrdinalIgnoreCase);

        var resolved = new List<Figure>(figures.Count);
        foreach (var f in figures)
        {
            string? source = f.Source;
            if (source is not null)
            {
                if (Surname(f) is { } surname && representative.TryGetValue(surname, out string? name))
                {
                    source = name;
                }

                source = spelling.GetValueOrDefault(source, source);
            }

            resolved.Add(source == f.Source ? f : f with { Source = source });
        }

        return resolved;
    }

    private string? Surname(Figure figure) =>
        PersonSurname(figure.SourceText ?? figure.Source!) ?? PersonSurname(figure.Source!);

    /// <summary>The last word of a trailing two- or three-word capitalised name of a person, or null (also for "Health Ministry").</summary>
    private string? PersonSurname(string text)
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
        if (!name || _lexicons.SourceNouns.Contains(last) || _lexicons.Countries.TryAny(last, out _) || _lexicons.Countries.TryAny(before, out _))
        {
            return null;
        }

        return last;
    }

    /// <summary>
    /// A person's names with each shorter name counted for the fuller one that holds all its words: a spokesman quoted
    /// for "Ministry" in one report and "Interior Ministry" in another speaks for the Interior Ministry.
    /// </summary>
    private static Dictionary<string, int> Specific(Dictionary<string, int> names)
    {
        var words = names.Keys.ToDictionary(n => n, n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, weight) in names)
        {
            string fuller = names.Keys
                .Where(other => words[other].Length > words[name].Length
                                && words[name].All(w => words[other].Contains(w, StringComparer.OrdinalIgnoreCase)))
                .OrderByDescending(other => names[other]).ThenBy(other => other, StringComparer.Ordinal)
                .FirstOrDefault() ?? name;
            result[fuller] = result.GetValueOrDefault(fuller) + weight;
        }

        return result;
    }
}
