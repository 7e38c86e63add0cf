using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// The lower-case words of an element's class and id, split at spaces, '-', '_' and camelCase, plus
/// each whole name and each pair of neighbouring words joined ("relatedStories" gives related,
/// stories, relatedstories), so hint entries match however a site spells its names.
/// </summary>
internal static class ElementWords
{
    private const int MaxNameLength = 200;

    public static IReadOnlyList<string> Of(IElement element)
    {
        string? id = element.GetAttribute("id");
        string? classes = element.GetAttribute("class");
        if (string.IsNullOrEmpty(id) && string.IsNullOrEmpty(classes))
        {
            return [];
        }

        var words = new List<string>();
        Add(words, id);
        Add(words, classes);
        return words;
    }

    private static void Add(List<string> words, string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return;
        }

        if (names.Length > MaxNameLength)
        {
            names = names[..MaxNameLength];
        }

        foreach (string name in names.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = Split(name);
            if (parts.Count > 1)
            {
                words.Add(name.ToLowerInvariant());
            }

            for (int i = 0; i < parts.Count; i++)
            {
                words.Add(parts[i]);
                if (i + 1 < parts.Count)
                {
                    words.Add(parts[i] + parts[i + 1]);
                }
            }
        }
    }

    private static List<string> Split(string name)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            bool end = i == name.Length;
            bool separator = !end && (name[i] is '-' or '_' or ':' or '.' || char.IsDigit(name[i]));
            bool camel = !end && i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1]);
            if (end || separator || camel)
            {
                if (i > start)
                {
                    parts.Add(name[start..i].ToLowerInvariant());
                }

                start = separator ? i + 1 : i;
            }
        }

        return parts;
    }
}
