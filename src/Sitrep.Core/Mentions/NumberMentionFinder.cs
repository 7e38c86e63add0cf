using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions.Parsers;
using Sitrep.Core.Mentions.Rules;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// Finds every number of a sentence with an ordered list of small parsers, each for one way news writes numbers — phone
/// numbers (read whole, then dropped), a currency before digits, digits with what is written with them, fractions,
/// vague amounts, spelled numbers — and rules that say what a bare number is (a day, a street number, a year, an age,
/// a name …). Then ranges are joined and currency conversions linked. Words come from the lexicons (numbers.tsv,
/// number-context.tsv, units.tsv, currencies.tsv), so new forms need no code. Immutable and thread-safe.
/// </summary>
public sealed class NumberMentionFinder
{
    /// <summary>The most digits a number may have before its decimal point; a longer one is refused, not read.</summary>
    public const int MaxDigits = 18;

    private readonly LexiconSet _lexicons;
    private readonly QuickWordSet _personStarters;

    /// <summary>The shapes of every word a number or a person's noun phrase may start with (number words, currency words, determiners): one test turns most words away.</summary>
    private readonly WordShapes _starterShapes;
    private readonly PersonParser _persons;

    public NumberMentionFinder(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        var grammar = new NumberGrammar(lexicons);
        Classifier = new BareNumberClassifier(
        [
            new DayOfMonthRule(),
            new AddressRule(grammar),
            new YearRule(grammar),
            new AgeRule(lexicons),
            new ContextWordRule(grammar),
            new NameRule(grammar),
            new CodeNumberRule(grammar),
            new FractionalRule(),
        ]);
        var digits = new DigitsParser(grammar, Classifier);
        _persons = new PersonParser(grammar);
        _parsers =
        [
            new PhoneNumberParser(),
            new SlashNumberParser(),
            new PositionParser(),
            new NamedPersonParser(grammar),
            new CurrencyPrefixParser(lexicons, digits),
            digits,
            new FractionParser(lexicons),
            new VagueAmountParser(grammar),
            new SpelledNumberParser(grammar, Classifier),
            _persons,
        ];
        _personStarters = new QuickWordSet(PersonParser.Starters.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        _starterShapes = new WordShapes(lexicons.Numbers.Starters.Concat(lexicons.CurrencyPrefixes.FirstWords).Concat(PersonParser.Starters));
    }

    private readonly IMentionParser[] _parsers;

    /// <summary>The parsers, in the order they are tried at each token.</summary>
    public IReadOnlyList<IMentionParser> Parsers => _parsers;

    /// <summary>The rules that say what a bare number is, in the order they are asked.</summary>
    public BareNumberClassifier Classifier { get; }

    /// <summary>The mentions of tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="text"/>, in order.</summary>
    /// <param name="refused">Receives the numbers that are not read because no finite, sensible value can be given to them.</param>
    public List<Mention> Find(string text, List<Token> tokens, int first, int end, List<RefusedNumber>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var v = new TokenView(text, tokens, first, end);
        var mentions = new List<Mention>();
        int i = first;
        while (i < end)
        {
            var start = Starts(v, i);
            if (start == Start.None)
            {
                i++;
                continue;
            }

            var (mention, next) = start == Start.Person ? (_persons.TryParse(v, i), i + 1) : Parse(v, i, refused);
            if (start == Start.Person && mention is not null)
            {
                next = mention.EndToken;
            }

            if (mention is not null && mention.Kind != MentionKind.Phone && (mentions.Count == 0 || mention.FirstToken >= mentions[^1].EndToken))
            {
                mentions.Add(mention);
            }

            i = Math.Max(next, i + 1);
        }

        PersonList.Merge(v, mentions, _lexicons);
        RangeMerger.Merge(v, mentions);
        ConversionLinker.Link(v, mentions);
        return mentions;
    }

    /// <summary>Most words cannot start a number: only digits, symbols, number words and currency words are tried; a word that may start a person's noun phrase is tried by the person parser alone.</summary>
    private Start Starts(in TokenView v, int i)
    {
        // A sign starts a reading only as a phone number's "+" or "(" or as a currency ("$", "€"): the other parsers
        // begin at a number or a word, so a comma or a full stop is not offered to them.
        if (v[i].Kind == TokenKind.Symbol)
        {
            char c = v.Text[v[i].Start];
            return c is '+' or '(' || _lexicons.CurrencyPrefixes.TryMatchAt(v.Text, v.Tokens, i, v.End, out _) ? Start.Number : Start.None;
        }

        if (!v[i].IsWord)
        {
            return Start.Number;
        }

        var word = v.Span(i);
        if (_starterShapes.MayHave(word))
        {
            // Currency words that come first ("USD", "Rs", "RM", "NIS") are capitalised.
            if (_lexicons.Numbers.StarterLookup.Contains(word) || (v.IsCapitalized(i) && _lexicons.CurrencyPrefixes.TryMatchAt(v.Text, v.Tokens, i, v.End, out _)))
            {
                return Start.Number;
            }

            if (MayStartPerson(word[0]) && _personStarters.Contains(word))
            {
                return Start.Person;
            }
        }

        return i == v.First || v.Is(i - 1, ":") || PersonParser.MayStartNamed(v, i) ? Start.Person : Start.None;
    }

    /// <summary>The first letters of "a", "an", "another", "the", "their", "his", "her", "our": a cheap test before the set.</summary>
    private static bool MayStartPerson(char c) => c is 'a' or 'A' or 't' or 'T' or 'h' or 'H' or 'o' or 'O';

    private enum Start
    {
        None,
        Number,
        Person,
    }

    /// <summary>The first parser's reading at token <paramref name="i"/>, and the token to go on from.</summary>
    private (Mention? Mention, int Next) Parse(in TokenView v, int i, List<RefusedNumber>? refused)
    {
        if (v[i].IsNumber && IntegerDigits(v.Span(i)) is int digits && digits > MaxDigits)
        {
            refused?.Add(new RefusedNumber(v[i].Span, string.Create(CultureInfo.InvariantCulture, $"a number of {digits} digits is not read (more than {MaxDigits})")));
            return (null, i + 1);
        }

        // An age in digits that names a person ("4-year-old shot", "a boy and 20-year-old man were shot") is read as the
        // person before the digits parser reads it as an age.
        if (v[i].IsNumber && NumberGrammar.AgeCompoundEnd(v, i) is not null && _persons.TryParse(v, i) is { } person)
        {
            return (person, person.EndToken);
        }

        foreach (var parser in _parsers) // an array: no enumerator for each token
        {
            if (parser.TryParse(v, i) is not { } mention)
            {
                continue;
            }

            if (double.IsFinite(mention.Value) && (mention.Low is not { } low || double.IsFinite(low)) && (mention.High is not { } high || double.IsFinite(high)))
            {
                return (mention, mention.EndToken);
            }

            refused?.Add(new RefusedNumber(mention.Span, "a number too large to hold is not read"));
            return (null, mention.EndToken);
        }

        return (null, i + 1);
    }

    private static int IntegerDigits(ReadOnlySpan<char> number)
    {
        int n = 0;
        foreach (char c in number)
        {
            if (c == '.')
            {
                break;
            }

            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }
}
