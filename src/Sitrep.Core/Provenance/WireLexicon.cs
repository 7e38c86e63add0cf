using System.Text.RegularExpressions;
using Sitrep.Core.Stories;

namespace Sitrep.Core.Provenance;

/// <summary>
/// Wire services and the ways reports credit them: <c>wire-services.tsv</c> (canonical name and aliases)
/// and <c>wire-credits.tsv</c> (credit forms as regular expressions with a <c>{wire}</c> placeholder).
/// <see cref="Default"/> holds the shipped files; <see cref="Parse"/> builds one from a user's copies.
/// Immutable and thread-safe.
/// </summary>
public sealed class WireLexicon
{
    public const string ServicesFile = "wire-services.tsv";
    public const string CreditsFile = "wire-credits.tsv";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly Lazy<WireLexicon> DefaultLexicon = new(() =>
        Parse(LexiconText.Embedded(ServicesFile), LexiconText.Embedded(CreditsFile)));

    private readonly List<(string Alias, string Wire)> _aliases;

    private WireLexicon(List<(string Alias, string Wire)> aliases, IReadOnlyList<WireCreditPattern> patterns, Regex anyWire)
    {
        _aliases = aliases;
        Patterns = patterns;
        AnyWire = anyWire;
    }

    public static WireLexicon Default => DefaultLexicon.Value;

    internal IReadOnlyList<WireCreditPattern> Patterns { get; }

    /// <summary>Matches any wire name, as a whole word; group <c>wire</c>.</summary>
    internal Regex AnyWire { get; }

    /// <exception cref="ArgumentException">A pattern is not a valid regular expression.</exception>
    public static WireLexicon Parse(string services, string credits)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credits);
        var aliases = new List<(string Alias, string Wire)>();
        foreach (string[] row in LexiconText.Rows(services))
        {
            string wire = row[0];
            foreach (string alias in row.Skip(1).Append(wire).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal))
            {
                aliases.Add((alias, wire));
            }
        }

        // Longest first, so "Associated Press" wins over "AP" and "Reuters" over "Reuter".
        aliases.Sort((a, b) => b.Alias.Length != a.Alias.Length ? b.Alias.Length.CompareTo(a.Alias.Length) : string.CompareOrdinal(a.Alias, b.Alias));
        string wireGroup = "(?<wire>" + string.Join('|', aliases.Select(a => AliasPattern(a.Alias))) + ")";
        var patterns = new List<WireCreditPattern>();
        foreach (string[] row in LexiconText.Rows(credits))
        {
            if (row.Length < 3)
            {
                continue;
            }

            string source = row[2];
            bool namesWire = source.Contains("{wire}", StringComparison.Ordinal);
            try
            {
                var regex = new Regex(source.Replace("{wire}", wireGroup, StringComparison.Ordinal), RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
                patterns.Add(new WireCreditPattern(row[0], row[1] is "-" or "" ? null : row[1], regex, namesWire));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Wire credit pattern '{row[0]}' is not a valid regular expression: {e.Message}", nameof(credits), e);
            }
        }

        var anyWire = new Regex(wireGroup, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        return new WireLexicon(aliases, patterns, anyWire);
    }

    /// <summary>The canonical wire for a matched alias ("REUTER" gives "Reuters").</summary>
    internal string? WireOf(string alias)
    {
        foreach (var (candidate, wire) in _aliases)
        {
            bool caseSensitive = candidate.Length <= 3;
            if (string.Equals(candidate, alias, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return wire;
            }
        }

        return null;
    }

    private static string AliasPattern(string alias)
    {
        string escaped = Regex.Escape(alias).Replace("\\ ", "\\s+", StringComparison.Ordinal);
        return alias.Length <= 3 ? $@"\b{escaped}\b" : $@"\b(?i:{escaped})\b";
    }
}
