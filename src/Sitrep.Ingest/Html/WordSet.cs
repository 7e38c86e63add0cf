using System.Collections.Frozen;

namespace Sitrep.Ingest.Html;

/// <summary>Class/id words of one hint section: exact words, and prefixes written <c>word*</c>.</summary>
public sealed class WordSet
{
    public static readonly WordSet Empty = new([]);

    private readonly FrozenSet<string> _exact;
    private readonly string[] _prefixes;

    public WordSet(IEnumerable<string> entries)
    {
        var list = entries.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).ToList();
        _exact = list.Where(e => !e.EndsWith('*')).ToFrozenSet(StringComparer.Ordinal);
        _prefixes = list.Where(e => e.EndsWith('*')).Select(e => e[..^1]).Where(e => e.Length > 0).ToArray();
    }

    public bool Matches(IReadOnlyList<string> words)
    {
        foreach (string word in words)
        {
            if (_exact.Contains(word))
            {
                return true;
            }

            foreach (string prefix in _prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
