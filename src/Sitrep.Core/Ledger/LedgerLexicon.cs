using System.Collections.Frozen;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Ledger;

/// <summary>
/// What the ledger knows as data (<c>ledger.tsv</c>): how each measure behaves over time, how much a source's
/// word weighs, which counted groups are parts of a story's total, which are the roles that split a
/// conflict's count by side, and which events have sides. Immutable and thread-safe.
/// </summary>
public sealed class LedgerLexicon
{
    public const string FileName = "ledger.tsv";

    private static readonly Lazy<LedgerLexicon> BuiltIn = new(() => Load(new LexiconSource()));

    private readonly FrozenDictionary<string, MeasureKind> _kinds;
    private readonly (string Phrase, SourceTier Tier)[] _tiers;
    private readonly FrozenDictionary<string, string> _parts;
    private readonly FrozenDictionary<string, string> _roles;
    private readonly FrozenSet<string> _sideEvents;

    private LedgerLexicon(FrozenDictionary<string, MeasureKind> kinds, (string, SourceTier)[] tiers,
        FrozenDictionary<string, string> parts, FrozenDictionary<string, string> roles, FrozenSet<string> sideEvents)
    {
        _kinds = kinds;
        _tiers = tiers;
        _parts = parts;
        _roles = roles;
        _sideEvents = sideEvents;
    }

    public static LedgerLexicon Default => BuiltIn.Value;

    /// <summary>Reads the built-in file and the user's file of the same name. A malformed row is a <see cref="FormatException"/> naming file and line.</summary>
    public static LedgerLexicon Load(LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kinds = new Dictionary<string, MeasureKind>(StringComparer.Ordinal);
        var tiers = new Dictionary<string, SourceTier>(StringComparer.Ordinal);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var sideEvents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows(source, FileName, 2))
        {
            string kind = row.Fields[0].ToLowerInvariant();
            string phrase = Words(row.Fields[1]);
            string value = row.Fields.Length > 2 ? row.Fields[2].Trim() : "";
            if (kind != "side-event" && value.Length == 0)
            {
                throw new FormatException($"{row.Where} ('{row.Fields[1]}'): a {kind} row needs a third field");
            }

            switch (kind)
            {
                case "measure":
                    kinds[MeasureKey(row, phrase)] = Enum.TryParse<MeasureKind>(value, ignoreCase: true, out var mk)
                        ? mk
                        : throw new FormatException($"{row.Where}: unknown measure kind '{value}' (cumulative, stock, additive or static)");
                    break;
                case "tier":
                    tiers[phrase] = value.ToLowerInvariant() switch
                    {
                        "official" => SourceTier.Official,
                        "named" => SourceTier.Named,
                        "hearsay" => SourceTier.Hearsay,
                        _ => throw new FormatException($"{row.Where}: unknown tier '{value}' (official, named or hearsay)"),
                    };
                    break;
                case "part":
                    parts[phrase] = value.ToLowerInvariant();
                    break;
                case "role":
                    roles[phrase] = value.ToLowerInvariant();
                    break;
                case "side-event":
                    sideEvents.Add(phrase);
                    break;
                default:
                    throw new FormatException($"{row.Where}: unknown kind '{row.Fields[0]}' (measure, tier, part, role or side-event)");
            }
        }

        // Longest phrase first, so "medical examiner" is tried before "examiner".
        var orderedTiers = tiers.OrderByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ToArray();
        return new LedgerLexicon(kinds.ToFrozenDictionary(StringComparer.Ordinal), orderedTiers,
            parts.ToFrozenDictionary(StringComparer.Ordinal), roles.ToFrozenDictionary(StringComparer.Ordinal),
            sideEvents.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>How a measure (and, for displacement, its aspect: <c>crossing</c>, <c>internal</c>) behaves; cumulative when the file says nothing.</summary>
    public MeasureKind KindOf(Measure measure, string? aspect = null)
    {
        string name = measure.Name();
        if (aspect is not null && _kinds.TryGetValue(name + ":" + aspect, out var specific))
        {
            return specific;
        }

        return _kinds.GetValueOrDefault(name, MeasureKind.Cumulative);
    }

    /// <summary>The tier of a named source: the tier of the longest listed phrase in its name, else <see cref="SourceTier.Named"/>.</summary>
    public SourceTier TierOf(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return SourceTier.Unsourced;
        }

        string words = " " + Words(source) + " ";
        foreach (var (phrase, tier) in _tiers)
        {
            if (words.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return tier;
            }
        }

        return SourceTier.Named;
    }

    /// <summary>The part a counted group names ("schoolchildren" → children), or null.</summary>
    public string? PartOf(string words) => _parts.GetValueOrDefault(Words(words));

    /// <summary>The role a counted group names ("soldiers" → combatants), or null.</summary>
    public string? RoleOf(string words) => _roles.GetValueOrDefault(Words(words));

    /// <summary>Whether counts of this event are split by side (an offensive, a war) rather than by part.</summary>
    public bool HasSides(string? evt) => evt is not null && _sideEvents.Contains(evt.ToLowerInvariant());

    /// <summary>Lower case, single spaces, no punctuation at the ends of words: how phrases are compared.</summary>
    internal static string Words(string text)
    {
        var words = text.Split([' ', '\t', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '"', '\'', '(', ')', '\u2019').ToLowerInvariant())
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static string MeasureKey(LexiconRow row, string phrase)
    {
        string[] parts = phrase.Split(':', 2);
        if (!Vocabulary.TryParseMeasure(parts[0], out _))
        {
            throw new FormatException($"{row.Where}: unknown measure '{parts[0]}'");
        }

        return parts.Length == 2 ? parts[0] + ":" + parts[1].Trim() : parts[0];
    }
}
