using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Lexicons;

/// <summary>The English number words of <c>numbers.tsv</c>, by kind, for the number parsers.</summary>
public sealed class NumberLexicon
{
    private static readonly Lazy<NumberLexicon> BuiltInWords = new(() => Load(new LexiconSource()));

    private NumberLexicon(IEnumerable<LexiconRow> rows)
    {
        var units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var spelledScales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var glued = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var vague = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var fractions = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var ordinals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            string word = LexiconFile.Normalize(row.Fields[0]);
            if (!double.TryParse(row.Fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw new FormatException($"{row.Where} ('{row.Fields[0]}'): '{row.Fields[2]}' is not a number");
            }

            switch (row.Fields[1].ToLowerInvariant())
            {
                case "unit":
                    units[word] = (int)value;
                    break;
                case "scale":
                    scales[word] = value;
                    if (!(row.Fields.Length > 3 && row.Fields[3].Contains("digits-only", StringComparison.OrdinalIgnoreCase)))
                    {
                        spelledScales[word] = value;
                    }

                    break;
                case "glued":
                    glued[word] = value;
                    break;
                case "vague":
                    vague[word] = value;
                    break;
                case "fraction":
                    fractions[word] = value;
                    break;
                case "ordinal":
                    ordinals.Add(word);
                    break;
                default:
                    throw new FormatException($"{row.Where} ('{row.Fields[0]}'): unknown kind '{row.Fields[1]}' (expected unit, scale, glued, vague, fraction or ordinal)");
            }
        }

        Units = units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Scales = scales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        SpelledScales = spelledScales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        GluedScales = glued.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Vague = vague.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Fractions = fractions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Ordinals = ordinals.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Starters = Units.Keys.Concat(SpelledScales.Keys).Concat(Vague.Keys).Concat(Fractions.Keys)
            .Concat(["a", "an", "several", "many", "few", "dozen", "one"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        SpelledScaleLookup = SpelledScales.GetAlternateLookup<ReadOnlySpan<char>>();
        VagueLookup = Vague.GetAlternateLookup<ReadOnlySpan<char>>();
        FractionLookup = Fractions.GetAlternateLookup<ReadOnlySpan<char>>();
        ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        StarterLookup = new QuickWordSet(Starters);
    }

    /// <summary>The built-in words, for stages that do not take a lexicon set (time expressions).</summary>
    public static NumberLexicon BuiltIn => BuiltInWords.Value;

    /// <summary>"seven" → 7, "ninety" → 90.</summary>
    public FrozenDictionary<string, int> Units { get; }

    /// <summary>Every multiplier: "hundred", "million", "lakh", "mln".</summary>
    public FrozenDictionary<string, double> Scales { get; }

    /// <summary>The multipliers a spelled number takes ("two million", never "two mln").</summary>
    public FrozenDictionary<string, double> SpelledScales { get; }

    /// <summary>Multipliers read only glued to digits: "5bn", "3m", "10k".</summary>
    public FrozenDictionary<string, double> GluedScales { get; }

    /// <summary>Vague amounts and the least each implies.</summary>
    public FrozenDictionary<string, double> Vague { get; }

    /// <summary>Fractions as shares in percent.</summary>
    public FrozenDictionary<string, double> Fractions { get; }

    public FrozenSet<string> Ordinals { get; }

    /// <summary>Words that can start a spelled number, a vague amount or a share: every other word is skipped at once.</summary>
    public FrozenSet<string> Starters { get; }

    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup { get; }

    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup { get; }

    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SpelledScaleLookup { get; }

    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup { get; }

    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup { get; }

    /// <summary><see cref="Starters"/>, asked of every word of a text (most are turned away by their shape, unhashed).</summary>
    public QuickWordSet StarterLookup { get; }

    internal static NumberLexicon Load(LexiconSource source) => new(LexiconFile.Rows(source, "numbers.tsv", 3));
}
