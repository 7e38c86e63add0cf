using System.Text;

namespace Sitrep.Testing;

/// <summary>Made-up names of people and places, from a fixed set of syllables and the caller's random source (so a seed gives the same names).</summary>
public static class MadeUpNames
{
    private static readonly string[] Syllables =
    [
        "ka", "ro", "mi", "ta", "lo", "ven", "sa", "du", "ri", "bel", "an", "to", "mar", "ne", "gu", "ha", "li", "zo",
        "pe", "qui", "dra", "mon", "te", "vi", "ul", "ser", "ba", "no", "ki", "ra", "sol", "en", "ju", "fa", "go",
    ];

    /// <summary>"Kalo Venmisa": two syllables, then two or three.</summary>
    public static string Person(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string given = Name(random, 2);
        return given + " " + Name(random, random.Next(2, 4));
    }

    /// <summary>Two or three syllables.</summary>
    public static string Place(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Name(random, random.Next(2, 4));
    }

    public static string Name(Random random, int syllables)
    {
        ArgumentNullException.ThrowIfNull(random);
        var name = new StringBuilder();
        for (int i = 0; i < syllables; i++)
        {
            name.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return Capitalize(name.ToString());
    }

    public static string Capitalize(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
