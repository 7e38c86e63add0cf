namespace Sitrep.Core.Attribution;

/// <summary>
/// The people an article has named so far and whom they speak for, so a later "Stepanian said" or
/// "Power said" reads as the ombudsman or USAID. One per article; not thread-safe.
/// </summary>
public sealed class SourceMemory
{
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _named = [];

    public void Remember(string name, string canonical) => _people[name.Trim()] = canonical;

    public bool TryGet(string name, out string canonical) => _people.TryGetValue(name.Trim(), out canonical!);

    /// <summary>Notes a source the article has named, so a later "the ministry" can refer to it.</summary>
    public void Named(string canonical)
    {
        _named.Remove(canonical);
        _named.Add(canonical);
    }

    /// <summary>The most recently named source whose name holds <paramref name="headWord"/> ("ministry" -> "Kyrgyz Emergencies Ministry").</summary>
    public bool TryRecent(string headWord, out string canonical)
    {
        for (int i = _named.Count - 1; i >= 0; i--)
        {
            foreach (string word in _named[i].Split(' '))
            {
                if (word.Equals(headWord, StringComparison.OrdinalIgnoreCase))
                {
                    canonical = _named[i];
                    return true;
                }
            }
        }

        canonical = "";
        return false;
    }
}
