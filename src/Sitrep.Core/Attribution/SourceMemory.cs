namespace Sitrep.Core.Attribution;

/// <summary>
/// The people an article has named so far and whom they speak for, so a later "Stepanian said" or
/// "Power said" reads as the ombudsman or USAID. One per article; not thread-safe.
/// </summary>
public sealed class SourceMemory
{
    private readonly Dictionary<string, string> _people = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string name, string canonical) => _people[name.Trim()] = canonical;

    public bool TryGet(string name, out string canonical) => _people.TryGetValue(name.Trim(), out canonical!);
}
