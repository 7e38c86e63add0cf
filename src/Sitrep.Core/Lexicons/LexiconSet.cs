using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;

namespace Sitrep.Core.Lexicons;

/// <summary>
/// Every lexicon the extraction stages read, parsed once. Immutable and thread-safe; build it once
/// (<see cref="Default"/> for the built-in files, <see cref="Load"/> to add a user's) and share it.
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> BuiltIn = new(() => Load(new LexiconSource()));

    private QuickWordMap<NounClass>? _nouns;
    private QuickWordSet? _persons;
    private QuickWordSet? _sourceNouns;
    private WordShapes? _amountWordShapes;

    private LexiconSet()
    {
    }

    public static LexiconSet Default => BuiltIn.Value;

    public required PhraseTable<MeasureCue> Measures { get; init; }

    public required FrozenDictionary<string, NounClass> Nouns { get; init; }

    /// <summary>The class of a head noun as a token spells it, without allocating ("Soldiers" and "soldiers" alike).</summary>
    public bool TryGetNoun(ReadOnlySpan<char> word, out NounClass noun) =>
        (_nouns ??= new QuickWordMap<NounClass>(Nouns)).TryGetValue(LexiconFile.HasCurlyApostrophe(word) ? LexiconFile.Normalize(word) : word, out noun);

    /// <summary>Whether a token names one person (<see cref="PersonNouns"/>), without allocating.</summary>
    public bool IsPersonNoun(ReadOnlySpan<char> word) => (_persons ??= new QuickWordSet(PersonNouns)).Contains(word);

    /// <summary>Whether a word as a token spells it is one of <see cref="SourceNouns"/> (no plural read), without allocating.</summary>
    internal bool IsSourceNoun(ReadOnlySpan<char> word) => (_sourceNouns ??= new QuickWordSet(SourceNouns)).Contains(word);

    public required PhraseTable<HedgeCue> Hedges { get; init; }

    public required PhraseTable<ReportingKind> Reporting { get; init; }

    /// <summary>Alias (normalised) -> canonical source.</summary>
    public required FrozenDictionary<string, string> SourceAliases { get; init; }

    public required FrozenSet<string> SourceNouns { get; init; }

    public required CountryTable Countries { get; init; }

    /// <summary>The gazetteer (places.tsv, place-words.tsv and the shipped GeoNames file), read on first use.</summary>
    public required Lazy<Places.Gazetteer> Gazetteer { get; init; }

    public required PhraseTable<EventCue> Events { get; init; }

    /// <summary>Canonical event -> family (natural, accident, violence, any, generic).</summary>
    public required FrozenDictionary<string, string> EventFamilies { get; init; }

    public required FrozenSet<string> AidWords { get; init; }

    /// <summary>Aid words that count only right before the amount ("raised $5 million"): the <c>weak</c> rows of <c>aid.txt</c>.</summary>
    public required FrozenSet<string> WeakAidWords { get; init; }

    /// <summary>Words that make nearby money a cost or loss rather than aid.</summary>
    public required FrozenSet<string> LossWords { get; init; }

    /// <summary>
    /// The shapes of <see cref="AidWords"/>, <see cref="WeakAidWords"/> and <see cref="LossWords"/> together: the forty
    /// words either side of an amount are asked of all three, and most are turned away by their shape alone.
    /// </summary>
    internal WordShapes AmountWordShapes => _amountWordShapes ??= new WordShapes(AidWords.Concat(WeakAidWords).Concat(LossWords));

    public required FrozenSet<string> Abbreviations { get; init; }

    public required FrozenSet<string> SentenceStarters { get; init; }

    public required FrozenSet<string> CaptionVerbs { get; init; }

    public required BoilerplatePatterns Boilerplate { get; init; }

    /// <summary>What the ledger knows as data: measure kinds, source tiers, parts, roles, events with sides (<c>ledger.tsv</c>).</summary>
    public required Ledger.LedgerLexicon Ledger { get; init; }

    /// <summary>The words story grouping reads: stop words, event words, demonyms (<c>story-*.txt|tsv</c>).</summary>
    public required Stories.StoryLexicon Stories { get; init; }

    /// <summary>
    /// The one-word phrases of <c>measures.tsv</c> that count something ("killed", "evacuated") and the words that
    /// usually stand beside them (one-word hedges and function words: "about", "had", "were"), for repairing words glued
    /// together by text extraction ("displacedabout", "hadevacuated").
    /// </summary>
    public required (FrozenSet<string> Measures, FrozenSet<string> Neighbours) GlueWords { get; init; }

    /// <summary>Singular nouns that name one person ("man", "victim", "nephew"; <c>person-nouns.txt</c>).</summary>
    public required FrozenSet<string> PersonNouns { get; init; }

    /// <summary>Function words and their roles for the figure grammar (<c>grammar-words.tsv</c>).</summary>
    public required GrammarWords Grammar { get; init; }

    /// <summary>English number words (<c>numbers.tsv</c>).</summary>
    public required NumberLexicon Numbers { get; init; }

    /// <summary>Currencies written before the amount ("$", "US$", "RM").</summary>
    public required PhraseTable<CurrencyCue> CurrencyPrefixes { get; init; }

    /// <summary>Currencies written after the amount ("euros", "dlrs", "cents").</summary>
    public required PhraseTable<CurrencyCue> CurrencySuffixes { get; init; }

    /// <summary>Units after a number that make it a duration, distance, age, clock time or measurement (<c>units.tsv</c>).</summary>
    public required PhraseTable<Mentions.MentionKind> Units { get; init; }

    /// <summary>Words right before a bare number that say what it is ("Route 9", "aged 5"; <c>number-context.tsv</c>).</summary>
    public required PhraseTable<Mentions.MentionKind> NumberContextBefore { get; init; }

    /// <summary>Words right after a bare number that say what it is ("the 3000 block of").</summary>
    public required PhraseTable<Mentions.MentionKind> NumberContextAfter { get; init; }

    /// <summary>Words that end a street address ("Road", "St"), from the <c>street</c> rows of <c>number-context.tsv</c>.</summary>
    public required FrozenSet<string> StreetWords { get; init; }

    /// <summary>Phrases that mark a figure as a correction or as the earlier count it corrects.</summary>
    public required PhraseTable<RevisionCue> Revisions { get; init; }

    private static bool HasFlag(string flags, string flag) =>
        flags.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(flag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses every lexicon file. A malformed line is a <see cref="FormatException"/> naming the file and line.</summary>
    public static LexiconSet Load(LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sentenceStarters = LexiconFile.Words(source.Read("sentence-starters.txt")).ToFrozenSet(StringComparer.Ordinal);
        return new LexiconSet
        {
            Measures = new PhraseTable<MeasureCue>(Parse(source, "measures.tsv", 3, row => new MeasureCue(
                ParseMeasure(row[1]),
                string.Equals(row[2], "noun", StringComparison.OrdinalIgnoreCase),
                row.Length > 3 && row[3].Contains("subcount", StringComparison.OrdinalIgnoreCase),
                row.Length > 3 && row[3].Contains("intransitive", StringComparison.OrdinalIgnoreCase),
                row.Length <= 3 ? null
                    : row[3].Contains("crossing", StringComparison.OrdinalIgnoreCase) ? "crossing"
                    : row[3].Contains("internal", StringComparison.OrdinalIgnoreCase) ? "internal"
                    : HasFlag(row[3], "shot") ? "shot" : null,
                row.Length > 3 && row[3].Contains("adjacent", StringComparison.OrdinalIgnoreCase),
                row.Length > 3 && row[3].Contains("people", StringComparison.OrdinalIgnoreCase)))),
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
            WeakAidWords = LexiconFile.Rows(source, "aid.txt", 1).Where(r => r.Fields.Length > 1 && r.Fields[1].Equals("weak", StringComparison.OrdinalIgnoreCase))
                .Select(r => LexiconFile.Normalize(r.Fields[0])).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            LossWords = Set(source, "loss-words.txt"),
            Abbreviations = LexiconFile.Words(source.Read("abbreviations.txt")).ToFrozenSet(StringComparer.Ordinal),
            SentenceStarters = sentenceStarters,
            CaptionVerbs = Set(source, "caption-verbs.txt"),
            Boilerplate = ReadBoilerplate(source),
            Revisions = new PhraseTable<RevisionCue>(Parse(source, "revisions.tsv", 2, row => ParseFlags<RevisionCue>(row[1]))),
            Ledger = Sitrep.Core.Ledger.LedgerLexicon.Load(source),
            Stories = Sitrep.Core.Stories.StoryLexicon.Parse(
                source.Read(Sitrep.Core.Stories.StoryLexicon.StopWordsFile),
                source.Read(Sitrep.Core.Stories.StoryLexicon.EventWordsFile),
                source.Read(Sitrep.Core.Stories.StoryLexicon.DemonymsFile),
                source.Read(Sitrep.Core.Stories.StoryLexicon.EventReachFile)),

            Numbers = NumberLexicon.Load(source),
            Grammar = GrammarWords.Load(source),
            GlueWords = LoadGlueWords(source),
            PersonNouns = Set(source, "person-nouns.txt"),
            Gazetteer = PlaceBook(source, sentenceStarters),
            CurrencyPrefixes = Currencies(source, "prefix"),
            CurrencySuffixes = Currencies(source, "suffix"),
            Units = new PhraseTable<Mentions.MentionKind>(Parse(source, "units.tsv", 2, row => UnitKind(row[1]))),
            NumberContextBefore = NumberContext(source, "before"),
            NumberContextAfter = NumberContext(source, "after"),
            StreetWords = Parse(source, "number-context.tsv", 3, row => row[2])
                .Where(e => e.Value.Equals("street", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Phrase)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// The gazetteer, read on first use; at once when the user gives place lexicons, so a bad line of theirs is an error
    /// when the lexicons load, like any other lexicon's.
    /// </summary>
    private static Lazy<Places.Gazetteer> PlaceBook(LexiconSource source, FrozenSet<string> sentenceStarters)
    {
        var book = new Lazy<Places.Gazetteer>(() =>
            Places.Gazetteer.Load(source, CountryTable.FromRows(LexiconFile.Rows(source, "countries.tsv", CountryTable.RequiredFields)), sentenceStarters));
        if (source.ReadUser(Places.Gazetteer.PlacesFile) is not null || source.ReadUser(Places.Gazetteer.WordsFile) is not null)
        {
            _ = book.Value;
        }

        return book;
    }

    /// <summary>How source names are compared: lower case, no leading article, apostrophes folded, single spaces.</summary>
    public static string SourceKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return SourceKey(name, buffer).ToString();
    }

    /// <summary>
    /// <see cref="SourceKey(string)"/> written into <paramref name="buffer"/> (at least as long as the name), without a
    /// string: the key is a slice of the buffer, to look up through the aliases' span lookup.
    /// </summary>
    internal static ReadOnlySpan<char> SourceKey(ReadOnlySpan<char> name, Span<char> buffer)
    {
        ReadOnlySpan<char> key = buffer[..Text.SingleSpaced.Write(name, buffer, asKey: true)];
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

    /// <summary>The patterns of boilerplate.tsv; a line whose pattern is no regular expression is a FormatException naming it.</summary>
    private static BoilerplatePatterns ReadBoilerplate(LexiconSource source)
    {
        var rules = Parse(source, "boilerplate.tsv", 2, row =>
        {
            BoilerplatePatterns.Validate(row[0]);
            return ParseRole(row[1]);
        });
        return new BoilerplatePatterns(rules);
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

    private static (FrozenSet<string>, FrozenSet<string>) LoadGlueWords(LexiconSource source)
    {
        static bool OneWord(string phrase) => phrase.Length >= 2 && phrase.All(char.IsLetter);
        var measures = LexiconFile.Rows(source, "measures.tsv", 3)
            .Where(r => OneWord(r.Fields[0]) && r.Fields[0].Length >= 5 && !r.Fields[1].Equals("other", StringComparison.OrdinalIgnoreCase))
            .Select(r => LexiconFile.Normalize(r.Fields[0]));
        var neighbours = LexiconFile.Rows(source, "hedges.tsv", 3).Select(r => r.Fields[0].Split(' ')[0])
            .Concat(LexiconFile.Rows(source, "grammar-words.tsv", 2).Select(r => r.Fields[0]))
            .Where(OneWord)
            .Select(w => LexiconFile.Normalize(w));
        return (measures.ToFrozenSet(StringComparer.Ordinal), neighbours.ToFrozenSet(StringComparer.Ordinal));
    }

    private static PhraseTable<CurrencyCue> Currencies(LexiconSource source, string position) =>
        new(Parse(source, "currencies.tsv", 3, row => (Position: row[2], Cue: new CurrencyCue(row[1], row.Length > 3 ? ParseNumber(row[3]) : 1)))
            .Where(e => e.Value.Position.Equals(position, StringComparison.OrdinalIgnoreCase))
            .Select(e => (e.Phrase, e.Value.Cue)));

    private static PhraseTable<Mentions.MentionKind> NumberContext(LexiconSource source, string side) =>
        new(Parse(source, "number-context.tsv", 3, row => (Side: row[2], Kind: ContextKind(row[1])))
            .Where(e => e.Value.Side.Equals(side, StringComparison.OrdinalIgnoreCase))
            .Select(e => (e.Phrase, e.Value.Kind)));

    private static Mentions.MentionKind UnitKind(string kind) => kind.ToLowerInvariant() switch
    {
        "duration" => Mentions.MentionKind.Duration,
        "distance" => Mentions.MentionKind.Distance,
        "age" => Mentions.MentionKind.Age,
        "clock" => Mentions.MentionKind.Clock,
        _ => Mentions.MentionKind.Measurement,
    };

    private static Mentions.MentionKind ContextKind(string kind) =>
        ParseEnum<Mentions.MentionKind>(kind) is var parsed && parsed is Mentions.MentionKind.Name or Mentions.MentionKind.Age or Mentions.MentionKind.Phone
            or Mentions.MentionKind.Address or Mentions.MentionKind.Measurement or Mentions.MentionKind.Clock or Mentions.MentionKind.Date
            ? parsed
            : throw new FormatException($"unknown kind '{kind}' (expected name, age, phone, address, measurement, clock or date)");

    private static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"'{text}' is not a number");

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
