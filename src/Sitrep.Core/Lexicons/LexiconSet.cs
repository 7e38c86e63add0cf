using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// Every lexicon the extraction stages read, parsed once. Immutable and thread-safe; build it once
/// (<see cref="Default"/> for the built-in files, <see cref="Load"/> to add a user's) and share it.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> BuiltIn = new(() => Load(new LexiconSource()));

    private LexiconSet()
    {
    }

    public static LexiconSet Default => BuiltIn.Value;

    public required PhraseTable<MeasureCue> Measures { get; init; }

    public required FrozenDictionary<string, NounClass> Nouns { get; init; }

    public required PhraseTable<HedgeCue> Hedges { get; init; }

    public required PhraseTable<ReportingKind> Reporting { get; init; }

    /// <summary>Alias (normalised) -> canonical source.</summary>
    public required FrozenDictionary<string, string> SourceAliases { get; init; }

    public required FrozenSet<string> SourceNouns { get; init; }

    public required CountryTable Countries { get; init; }

    public required PhraseTable<EventCue> Events { get; init; }

    /// <summary>Canonical event -> family (natural, accident, violence, any, generic).</summary>
    public required FrozenDictionary<string, string> EventFamilies { get; init; }

    public required FrozenSet<string> AidWords { get; init; }

    /// <summary>Words that make nearby money a cost or loss rather than aid.</summary>
    public required FrozenSet<string> LossWords { get; init; }

    public required FrozenSet<string> Abbreviations { get; init; }

    public required FrozenSet<string> SentenceStarters { get; init; }

    public required FrozenSet<string> CaptionVerbs { get; init; }

    public required IReadOnlyList<(Regex Pattern, BlockRole Role)> Boilerplate { get; init; }

    /// <summary>What the ledger knows as data: measure kinds, source tiers, parts, roles, events with sides (<c>ledger.tsv</c>).</summary>
    public required Ledger.LedgerLexicon Ledger { get; init; }

    /// <summary>The words story grouping reads: stop words, event words, demonyms (<c>story-*.txt|tsv</c>).</summary>
    public required Stories.StoryLexicon Stories { get; init; }

    /// <summary>Phrases that mark a figure as a correction or as the earlier count it corrects.</summary>
    public required PhraseTable<RevisionCue> Revisions { get; init; }

    /// <summary>Parses every lexicon file. A malformed line is a <see cref="FormatException"/> naming the file and line.</summary>
    public static LexiconSet Load(LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new LexiconSet
        {
            Measures = new PhraseTable<MeasureCue>(Parse(source, "measures.tsv", 3, row => new MeasureCue(
                ParseMeasure(row[1]),
                string.Equals(row[2], "noun", StringComparison.OrdinalIgnoreCase),
                row.Length > 3 && row[3].Contains("subcount", StringComparison.OrdinalIgnoreCase),
                row.Length > 3 && row[3].Contains("intransitive", StringComparison.OrdinalIgnoreCase),
                row.Length <= 3 ? null
                    : row[3].Contains("crossing", StringComparison.OrdinalIgnoreCase) ? "crossing"
                    : row[3].Contains("internal", StringComparison.OrdinalIgnoreCase) ? "internal" : null,
                row.Length > 3 && row[3].Contains("adjacent", StringComparison.OrdinalIgnoreCase)))),
            Nouns = Parse(source, "nouns.tsv", 2, row => ParseEnum<NounClass>(row[1]))
                .GroupBy(e => LexiconFile.Normalize(e.Phrase))
                .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase),
            Hedges = new PhraseTable<HedgeCue>(Parse(source, "hedges.tsv", 3, row => new HedgeCue(
                ParseQualifier(row[1]), string.Equals(row[2], "after", StringComparison.OrdinalIgnoreCase)))),
            Reporting = new PhraseTable<ReportingKind>(Parse(source, "reporting.tsv", 2, row => ParseEnum<ReportingKind>(row[1]))),
            SourceAliases = Parse(source, "sources.tsv", 2, row => row[1])
                .GroupBy(e => SourceKey(e.Phrase))
                .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            SourceNouns = Set(source, "source-nouns.txt"),
            Countries = CountryTable.FromRows(LexiconFile.Rows(source, "countries.tsv", CountryTable.RequiredFields)),
            Events = new PhraseTable<EventCue>(Parse(source, "events.tsv", 2, row => new EventCue(
                row[1], row.Length > 2 && row[2].Length > 0 ? row[2].ToLowerInvariant() : "any"))),
            EventFamilies = Parse(source, "events.tsv", 2, row => row.Length > 2 && row[2].Length > 0 ? row[2].ToLowerInvariant() : "any")
                .Zip(Parse(source, "events.tsv", 2, row => row[1]), (family, name) => (Name: name.Value, Family: family.Value))
                .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => g.Last().Family, StringComparer.OrdinalIgnoreCase),
            AidWords = Set(source, "aid.txt"),
            LossWords = Set(source, "loss-words.txt"),
            Abbreviations = LexiconFile.Words(source.Read("abbreviations.txt")).ToFrozenSet(StringComparer.Ordinal),
            SentenceStarters = LexiconFile.Words(source.Read("sentence-starters.txt")).ToFrozenSet(StringComparer.Ordinal),
            CaptionVerbs = Set(source, "caption-verbs.txt"),
            Boilerplate = Parse(source, "boilerplate.tsv", 2, row => (Pattern: BoilerplateRegex(row[0]), Role: ParseRole(row[1])))
                .Select(e => e.Value)
                .ToArray(),
            Revisions = new PhraseTable<RevisionCue>(Parse(source, "revisions.tsv", 2, row => ParseFlags<RevisionCue>(row[1]))),
            Ledger = Sitrep.Core.Ledger.LedgerLexicon.Load(source),
            Stories = Sitrep.Core.Stories.StoryLexicon.Parse(
                source.Read(Sitrep.Core.Stories.StoryLexicon.StopWordsFile),
                source.Read(Sitrep.Core.Stories.StoryLexicon.EventWordsFile),
                source.Read(Sitrep.Core.Stories.StoryLexicon.DemonymsFile)),
        };
    }

    /// <summary>How source names are compared: lower case, no leading article, apostrophes folded, single spaces.</summary>
    public static string SourceKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new System.Text.StringBuilder(name.Length);
        bool space = false;
        foreach (char raw in name.AsSpan().Trim())
        {
            char c = raw is '\u2019' or '\u02BC' ? '\'' : char.ToLowerInvariant(raw);
            if (c is '"' or '“' or '”' or '.' or ',' or ';' or ':' or '(' or ')')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        string key = sb.ToString();
        foreach (string article in ArticlePrefixes)
        {
            if (key.StartsWith(article, StringComparison.Ordinal) && key.Length > article.Length)
            {
                return key[article.Length..];
            }
        }

        return key;
    }

    private static readonly string[] ArticlePrefixes = ["the ", "a ", "an "];

    /// <summary>
    /// A boilerplate pattern that runs in linear time whatever the input (the non-backtracking engine);
    /// a pattern that engine cannot run gets the backtracking one with a time limit.
    /// </summary>
    private static Regex BoilerplateRegex(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"invalid regular expression: {e.Message}", e);
        }
    }

    private static FrozenSet<string> Set(LexiconSource source, string file) =>
        LexiconFile.Words(source.Read(file)).Select(w => LexiconFile.Normalize(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static List<(string Phrase, T Value)> Parse<T>(LexiconSource source, string file, int fields, Func<string[], T> parse)
    {
        var entries = new List<(string, T)>();
        foreach (var row in LexiconFile.Rows(source, file, fields))
        {
            try
            {
                entries.Add((row.Fields[0], parse(row.Fields)));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{row.Where} ('{row.Fields[0]}'): {e.Message}", e);
            }
        }

        return entries;
    }

    private static Measure ParseMeasure(string name) =>
        Vocabulary.TryParseMeasure(name, out var measure) ? measure : throw new FormatException($"unknown measure '{name}'");

    private static Qualifier ParseQualifier(string name) =>
        Vocabulary.TryParseQualifier(name, out var qualifier) ? qualifier : throw new FormatException($"unknown qualifier '{name}'");

    private static T ParseEnum<T>(string name) where T : struct, Enum =>
        Enum.TryParse<T>(name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"unknown value '{name}' (expected one of {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()})");

    /// <summary>A comma-separated list of flag names ("revises,superseded").</summary>
    private static T ParseFlags<T>(string names) where T : struct, Enum
    {
        ulong value = 0;
        foreach (string name in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            value |= Convert.ToUInt64(ParseEnum<T>(name), CultureInfo.InvariantCulture);
        }

        return (T)Enum.ToObject(typeof(T), value);
    }

    private static BlockRole ParseRole(string name) => ParseEnum<BlockRole>(name);
}
