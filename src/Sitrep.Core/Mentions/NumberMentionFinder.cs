using System.Globalization;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// Finds every number in a sentence, in every form news uses — "28,120", "1.2 million", "2.4 mln",
/// "$11.5-million", "5 million euros ($5.28 million)", "two dozen", "a million", "tens of thousands",
/// "nearly half", "12%", "between 10 and 15" — and says what kind of number each is, so years, dates,
/// clock times, durations, distances and ages are told apart from counts.
/// </summary>
public sealed class NumberMentionFinder
{
    private readonly LexiconSet _lexicons;
    private readonly PhraseTable<string> _currencyPrefix;
    private readonly PhraseTable<string> _currencySuffix;
    private readonly PhraseTable<MentionKind> _units;

    public NumberMentionFinder(LexiconSet lexicons, LexiconSource source)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(source);
        _lexicons = lexicons;
        var currencies = LexiconFile.Rows(source, "currencies.tsv", 3).Select(r => r.Fields).ToList();
        _currencyPrefix = new PhraseTable<string>(currencies
            .Where(r => r[2].Equals("prefix", StringComparison.OrdinalIgnoreCase)).Select(r => (r[0], r[1])));
        _currencySuffix = new PhraseTable<string>(currencies
            .Where(r => r[2].Equals("suffix", StringComparison.OrdinalIgnoreCase)).Select(r => (r[0], r[1])));
        _units = new PhraseTable<MentionKind>(LexiconFile.Rows(source, "units.tsv", 2).Select(r => r.Fields)
            .Select(r => (r[0], UnitKind(r[1]))));
    }

    /// <summary>The most digits a number may have before its decimal point; a longer one is refused, not read.</summary>
    public const int MaxDigits = 18;

    /// <summary>The mentions of tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="text"/>, in order.</summary>
    /// <param name="refused">Receives the numbers that are not read because no finite, sensible value can be given to them.</param>
    public List<Mention> Find(string text, IReadOnlyList<Token> tokens, int first, int end, List<RefusedNumber>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var scan = new Scan(text, tokens, first, end);
        var mentions = new List<Mention>();
        int i = first;
        while (i < end)
        {
            if (tokens[i].IsNumber && IntegerDigits(text.AsSpan(tokens[i].Start, tokens[i].Length)) > MaxDigits)
            {
                refused?.Add(new RefusedNumber(tokens[i].Span, string.Create(CultureInfo.InvariantCulture,
                    $"a number of {IntegerDigits(text.AsSpan(tokens[i].Start, tokens[i].Length))} digits is not read (more than {MaxDigits})")));
                i++;
                continue;
            }

            int phoneEnd = PhoneNumberEnd(scan, i);
            if (phoneEnd > i)
            {
                i = phoneEnd; // a phone number is no number at all
                continue;
            }

            var mention = TryParseAt(scan, i);
            if (mention is null)
            {
                i++;
                continue;
            }

            if (!IsFinite(mention))
            {
                refused?.Add(new RefusedNumber(mention.Span, "a number too large to hold is not read"));
            }
            else
            {
                mentions.Add(mention);
            }

            i = Math.Max(mention.EndToken, i + 1);
        }

        MergeRanges(scan, mentions);
        LinkConversions(scan, mentions);
        return mentions;
    }

    private static bool IsFinite(Mention m) =>
        double.IsFinite(m.Value) && (m.Low is not { } low || double.IsFinite(low)) && (m.High is not { } high || double.IsFinite(high));

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

    private Mention? TryParseAt(Scan s, int i)
    {
        var token = s.Tokens[i];
        if (token.IsNumber)
        {
            return ParseDigits(s, i);
        }

        bool currency = _currencyPrefix.TryMatchAt(s.Text, s.Tokens, i, s.End, out var prefix);
        if (!currency && (token.Kind == TokenKind.Symbol || !NumberWords.StarterLookup.Contains(s.Text.AsSpan(token.Start, token.Length))))
        {
            return null; // most words cannot start a number
        }

        if (currency && prefix.End < s.End && s.Tokens[prefix.End].IsNumber && !IsWordCurrencyPrefixInProse(s, prefix))
        {
            var amount = ParseDigits(s, prefix.End);
            if (amount is not null)
            {
                return amount with
                {
                    Kind = MentionKind.Money,
                    Currency = prefix.Value,
                    FirstToken = i,
                    Span = TextSpan.FromBounds(s.Tokens[i].Start, amount.Span.End),
                };
            }
        }

        return token.IsWord && NumberWords.StarterLookup.Contains(s.Text.AsSpan(token.Start, token.Length)) ? ParseWords(s, i) : null;
    }

    /// <summary>"USD 5 million" and "R 20" are currency prefixes; a bare capital "R" in prose ("R 20 road") is not trusted.</summary>
    private static bool IsWordCurrencyPrefixInProse(Scan s, PhraseMatch<string> prefix) =>
        prefix.Length == 1 && s.Tokens[prefix.Start].IsWord && s.Tokens[prefix.Start].Length == 1;

    private Mention? ParseDigits(Scan s, int i)
    {
        var token = s.Tokens[i];
        if (!double.TryParse(s.Text.AsSpan(token.Start, token.Length).ToString().Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }

        bool hasComma = s.Text.AsSpan(token.Start, token.Length).Contains(',');
        bool isInteger = !s.Text.AsSpan(token.Start, token.Length).Contains('.');
        int end = i + 1;
        var kind = MentionKind.Count;

        // Glued suffixes: 24th, 1990s, 5bn, 3m, 8pm, 10km.
        if (end < s.End && s.Tokens[end].IsWord && !s.Tokens[end].SpaceBefore)
        {
            string suffix = s.Lower(end);
            if (suffix is "st" or "nd" or "rd" or "th")
            {
                return Make(s, i, end + 1, value, MentionKind.Ordinal);
            }

            if (suffix == "s" && isInteger && value is >= 1000 and <= 2100)
            {
                return Make(s, i, end + 1, value, MentionKind.Year);
            }

            if (NumberWords.GluedScales.TryGetValue(suffix, out double glued))
            {
                value *= glued;
                end++;
            }
            else if (_units.TryMatchAt(s.Text, s.Tokens, end, s.End, out var glue))
            {
                return Make(s, i, glue.End, value, glue.Value);
            }
        }

        // Clock times: 8:30, 10.30 p.m.
        if (end + 1 < s.End && s.Is(end, ":") && !s.Tokens[end].SpaceBefore && s.Tokens[end + 1].IsNumber && !s.Tokens[end + 1].SpaceBefore)
        {
            return Make(s, i, end + 2, value, MentionKind.Clock);
        }

        // Hyphenated compounds: $11.5-million, nine-month, 24-hour, 5-year-old, 10-15.
        if (end + 1 < s.End && s.IsDash(end) && !s.Tokens[end].SpaceBefore && !s.Tokens[end + 1].SpaceBefore)
        {
            if (s.Tokens[end + 1].IsWord && NumberWords.Scales.TryGetValue(s.Lower(end + 1), out double hyphenScale))
            {
                value *= hyphenScale;
                end += 2;
            }
            else if (s.Tokens[end + 1].IsWord)
            {
                var compound = CompoundUnit(s, end + 1);
                if (compound is { } unitKind)
                {
                    return Make(s, i, end + 2, value, unitKind);
                }
            }
        }

        // Spaced scale words: 1.2 million, 2.4 mln, 1.5 lakh.
        while (end < s.End && s.Tokens[end].IsWord && NumberWords.Scales.TryGetValue(s.Lower(end), out double scale))
        {
            value *= scale;
            end++;
        }

        // Percentages; "80 pct of the cattle" counts what follows "of".
        if (end < s.End && (s.Is(end, "%") || s.IsWordAt(end, "percent") || s.IsWordAt(end, "pct")))
        {
            return Make(s, i, end + 1, value, MentionKind.Share) with { TakesOf = s.IsWordAt(end + 1, "of") };
        }

        if (end + 1 < s.End && s.IsWordAt(end, "per") && s.IsWordAt(end + 1, "cent"))
        {
            return Make(s, i, end + 2, value, MentionKind.Share) with { TakesOf = s.IsWordAt(end + 2, "of") };
        }

        // Currency after the number: 5 million euros, 800 mln dlrs.
        if (end < s.End && _currencySuffix.TryMatchAt(s.Text, s.Tokens, end, s.End, out var suffixCurrency))
        {
            return Make(s, i, suffixCurrency.End, value, MentionKind.Money) with { Currency = suffixCurrency.Value };
        }

        // Tonnes.
        if (TonnesAt(s, end) is int afterTonnes)
        {
            return Make(s, i, afterTonnes, value, MentionKind.Weight);
        }

        // Units: five hours, 22 miles, 7.8 magnitude, 8 p.m.
        if (end < s.End && _units.TryMatchAt(s.Text, s.Tokens, end, s.End, out var unit))
        {
            return Make(s, i, unit.End, value, unit.Value);
        }

        if (end == i + 1)
        {
            kind = ClassifyBareNumber(s, i, value, hasComma, isInteger);
        }

        return Make(s, i, end, value, kind);
    }

    private MentionKind? CompoundUnit(Scan s, int wordIndex)
    {
        if (_units.TryMatchAt(s.Text, s.Tokens, wordIndex, s.End, out var unit))
        {
            // 5-year-old
            if (unit.End + 1 < s.End && s.IsDash(unit.End) && s.IsWordAt(unit.End + 1, "old"))
            {
                return MentionKind.Age;
            }

            return unit.Value;
        }

        if (s.IsWordAt(wordIndex, "magnitude") || s.IsWordAt(wordIndex, "storey") || s.IsWordAt(wordIndex, "story"))
        {
            return MentionKind.Measurement;
        }

        return null;
    }

    private MentionKind ClassifyBareNumber(Scan s, int i, double value, bool hasComma, bool isInteger)
    {
        // A day of the month beside a month name: September 26, 26 September, Sept. 25.
        if (isInteger && value is >= 1 and <= 31)
        {
            int before = i - 1;
            if (before >= s.First && s.Is(before, "."))
            {
                before--;
            }

            if (before >= s.First && IsMonth(s, before))
            {
                return MentionKind.Date;
            }

            if (i + 1 < s.End && IsMonth(s, i + 1))
            {
                return MentionKind.Date;
            }

            // The second day of "September 19-20".
            if (i - 3 >= s.First && s.IsDash(i - 1) && s.Tokens[i - 2].IsNumber && IsMonth(s, i - 3))
            {
                return MentionKind.Date;
            }
        }

        // Years: four digits, no separator, in the calendar's range. News writes counts of a thousand or
        // more with a separator, so only "1500 people" (a counted noun right after, no date word before) stays a count.
        if (isInteger && !hasComma && value is >= 1800 and <= 2100 && (YearContext(s, i) || !CountedNounFollows(s, i + 1)))
        {
            return MentionKind.Year;
        }

        // The second year of "2023-24".
        if (isInteger && i - 2 >= s.First && s.IsDash(i - 1) && !s.Tokens[i - 1].SpaceBefore && s.Tokens[i - 2].IsNumber
            && s.Tokens[i - 2].Length == 4 && s.Tokens[i].Length == 2)
        {
            return MentionKind.Year;
        }

        if (IsAge(s, i, value))
        {
            return MentionKind.Age;
        }

        if (IsPhoneOrCode(s, i))
        {
            return MentionKind.Other;
        }

        if (i - 1 >= s.First && s.Tokens[i - 1].IsWord)
        {
            string before = s.Lower(i - 1);
            if (before is "aged" or "age" or "ages")
            {
                return MentionKind.Age;
            }

            if (before is "no" or "number" or "route" or "highway" or "flight" or "page" or "article" or "resolution"
                or "chapter" or "section" or "level" or "category" or "phase" or "magnitude" or "room" or "gate"
                or "platform" or "line" or "channel" or "pier" or "block" or "unit" or "lot" or "bus" or "train"
                or "interstate" or "i" or "grade" or "class" or "stage" or "zone" or "district" or "ward" or "precinct")
            {
                return MentionKind.Other;
            }
        }

        // "John Smith, 45, said": an age between commas after a name.
        if (isInteger && value < 120 && i - 2 >= s.First && s.Is(i - 1, ",") && i + 1 < s.End && s.Is(i + 1, ",")
            && s.Tokens[i - 2].IsWord && char.IsUpper(s.Text[s.Tokens[i - 2].Start]))
        {
            return MentionKind.Age;
        }

        // Clock: "at 8 p.m.", "8 o'clock"
        if (i + 1 < s.End && (s.IsWordAt(i + 1, "o'clock") || s.IsWordAt(i + 1, "o’clock")))
        {
            return MentionKind.Clock;
        }

        return MentionKind.Count;
    }

    /// <summary>A year-like number after a date word ("in 2020", "November 1970", "the 2015 earthquake", "Somalia's 2011 famine").</summary>
    private static bool YearContext(Scan s, int i)
    {
        if (i + 1 < s.End && s.Tokens[i + 1].IsWord && char.IsUpper(s.Text[s.Tokens[i + 1].Start]))
        {
            return true; // "the 1951 Refugee Convention"
        }

        if (i - 1 < s.First)
        {
            return false;
        }

        if (s.Tokens[i - 1].IsWord && (NumberWords.Months.ContainsKey(s.Word(i - 1)) && char.IsUpper(s.Text[s.Tokens[i - 1].Start])))
        {
            return true;
        }

        string before = s.Tokens[i - 1].Kind == TokenKind.Symbol ? s.Text.Substring(s.Tokens[i - 1].Start, 1) : s.Lower(i - 1);
        return before is "in" or "since" or "from" or "by" or "until" or "till" or "to" or "of" or "the" or "'s" or "between"
            or "during" or "before" or "after" or "year" or "early" or "late" or "mid" or "-" or "–" or "and" or "around" or "circa" or "summer"
            or "winter" or "spring" or "autumn" or "fall" or "fiscal" or "its" or "their" or "his" or "her" or "a" or "this" or "that" or "last" or "next";
    }

    /// <summary>"aged 5", "aged between 19 and 71", "children under 18", "ages 5 to 12".</summary>
    private bool IsAge(Scan s, int i, double value)
    {
        if (value > 120 || value % 1 != 0)
        {
            return false;
        }

        for (int k = i - 1; k >= Math.Max(s.First, i - 4); k--)
        {
            if (s.Tokens[k].IsWord && s.Lower(k) is "aged" or "age" or "ages")
            {
                return true;
            }

            bool connector = s.Tokens[k].IsNumber || s.IsDash(k) || (s.Tokens[k].IsWord && s.Lower(k) is "between" or "and" or "to" or "from" or "of");
            if (!connector)
            {
                break;
            }
        }

        // "children under 18", "those over 65"
        if (i - 2 >= s.First && s.Tokens[i - 1].IsWord && s.Lower(i - 1) is "under" or "over" or "below" or "above" && s.Tokens[i - 2].IsWord)
        {
            string noun = s.Lower(i - 2);
            return noun is "children" or "kids" or "girls" or "boys" or "people" or "adults" or "those" or "aged" or "minors" or "women" or "men"
                || i + 1 < s.End && s.Tokens[i + 1].IsWord && s.Lower(i + 1) is "years" or "year";
        }

        return false;
    }

    /// <summary>"call 911", "hotline 1919", codes: a number after a word that calls or numbers something.</summary>
    private static bool IsPhoneOrCode(Scan s, int i) =>
        i - 1 >= s.First && s.Tokens[i - 1].IsWord && s.Lower(i - 1) is "call" or "dial" or "text" or "hotline" or "line" or "phone" or "code" or "extension";

    /// <summary>
    /// Where a phone number that starts at token <paramref name="i"/> ends, or -1: "+44 20 7946 0000" (a plus glued to
    /// digits), "(909) 555-0100" (a bracketed area code), "0800 555 0199" (a leading zero, then more digit groups),
    /// "1-800-555-0127" and "555-0163" (digit groups glued by hyphens: three or more, or three then four digits).
    /// Ranges ("10-15"), years ("2023-24") and counts with separators ("28,120") are not phone numbers.
    /// </summary>
    private static int PhoneNumberEnd(Scan s, int i)
    {
        var token = s.Tokens[i];
        if (token.Kind == TokenKind.Symbol)
        {
            bool plus = s.Is(i, "+") && i + 1 < s.End && !s.Tokens[i + 1].SpaceBefore && IsDigitGroup(s, i + 1);
            bool areaCode = s.Is(i, "(") && i + 3 < s.End && IsDigitGroup(s, i + 1) && s.Tokens[i + 1].Length == 3 && s.Is(i + 2, ")")
                && IsDigitGroup(s, i + 3);
            return plus ? GroupsEnd(s, i + 1, spaced: true).End
                : areaCode ? GroupsEnd(s, i + 3, spaced: true).End
                : -1;
        }

        if (!IsDigitGroup(s, i) || (i - 1 >= s.First && (s.IsDash(i - 1) || s.Is(i - 1, "+")) && !token.SpaceBefore))
        {
            return -1;
        }

        bool leadingZero = token.Length >= 3 && s.Text[token.Start] == '0';
        if (leadingZero)
        {
            var (spacedEnd, spacedGroups) = GroupsEnd(s, i, spaced: true);
            return spacedGroups >= 2 ? spacedEnd : -1;
        }

        var (end, groups) = GroupsEnd(s, i, spaced: false);
        bool threeThenFour = groups == 2 && token.Length == 3 && s.Tokens[end - 1].Length == 4;
        return groups >= 3 || threeThenFour ? end : -1;
    }

    /// <summary>The end of the digit groups from <paramref name="i"/>, glued by hyphens (or, when <paramref name="spaced"/>, also by spaces), and their count.</summary>
    private static (int End, int Groups) GroupsEnd(Scan s, int i, bool spaced)
    {
        int end = i + 1;
        int groups = 1;
        while (end < s.End)
        {
            if (end + 1 < s.End && s.IsDash(end) && !s.Tokens[end].SpaceBefore && !s.Tokens[end + 1].SpaceBefore && IsDigitGroup(s, end + 1))
            {
                end += 2;
            }
            else if (spaced && IsDigitGroup(s, end) && s.Tokens[end].SpaceBefore && s.Tokens[end].Length >= 2)
            {
                end++;
            }
            else
            {
                break;
            }

            groups++;
        }

        return (end, groups);
    }

    private static bool IsDigitGroup(Scan s, int k) =>
        s.Tokens[k].IsNumber && !s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].Length).ContainsAny(",.");

    private bool CountedNounFollows(Scan s, int k)
    {
        if (k >= s.End || !s.Tokens[k].IsWord)
        {
            return false;
        }

        // Skip one adjective: "2000 more people", "1900 Syrian refugees".
        for (int j = k; j < Math.Min(k + 3, s.End) && s.Tokens[j].IsWord; j++)
        {
            string w = s.Lower(j);
            if (_lexicons.Nouns.TryGetValue(w, out var cls) && cls is NounClass.People or NounClass.Generic or NounClass.Households or NounClass.Houses)
            {
                return true;
            }

            if (_lexicons.Countries.IsDemonym(s.Word(j)))
            {
                return true;
            }

            if (_lexicons.Measures.TryMatchAt(s.Text, s.Tokens, j, s.End, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMonth(Scan s, int k) =>
        s.Tokens[k].IsWord && char.IsUpper(s.Text[s.Tokens[k].Start]) && NumberWords.Months.ContainsKey(s.Word(k));

    private int? TonnesAt(Scan s, int k)
    {
        if (k >= s.End || !s.Tokens[k].IsWord)
        {
            return null;
        }

        string w = s.Lower(k);
        if (w == "metric" && k + 1 < s.End && s.Lower(k + 1) is "tons" or "tonnes" or "ton" or "tonne")
        {
            return k + 2;
        }

        return w is "tonnes" or "tons" or "tonne" or "ton" or "mt" ? k + 1 : null;
    }

    private Mention? ParseWords(Scan s, int i)
    {
        string w = s.Lower(i);

        if (NumberWords.Ordinals.Contains(w) && !NumberWords.Fractions.ContainsKey(w))
        {
            return null;
        }

        // Fractions: half of, a third of, two-thirds of, a seventh of its population.
        var fraction = ParseFraction(s, i);
        if (fraction is not null)
        {
            return fraction;
        }

        // Vague amounts: dozens, hundreds, thousands, tens of thousands, hundreds of thousands, several thousand.
        var vague = ParseVague(s, i);
        if (vague is not null)
        {
            return vague;
        }

        // Spelled numbers: seven, twenty-five, two dozen, a million, one hundred and fifty, half a million.
        return ParseSpelled(s, i);
    }

    private Mention? ParseFraction(Scan s, int i)
    {
        int k = i;
        double numerator = 1;
        if (s.IsWordAt(k, "a") || s.IsWordAt(k, "an") || s.IsWordAt(k, "one"))
        {
            k++;
        }
        else if (s.Tokens[k].IsWord && NumberWords.Units.TryGetValue(s.Lower(k), out int units) && units is >= 2 and <= 9)
        {
            numerator = units;
            k++;
            if (k < s.End && s.IsDash(k) && !s.Tokens[k].SpaceBefore)
            {
                k++;
            }
        }

        if (k >= s.End || !s.Tokens[k].IsWord || !NumberWords.Fractions.TryGetValue(s.Lower(k), out double share))
        {
            // "one in five residents"
            if (s.Tokens[i].IsWord && NumberWords.Units.TryGetValue(s.Lower(i), out int top) && i + 2 < s.End
                && s.IsWordAt(i + 1, "in") && s.Tokens[i + 2].IsWord && NumberWords.Units.TryGetValue(s.Lower(i + 2), out int bottom)
                && bottom > top && top > 0)
            {
                return Make(s, i, i + 3, 100.0 * top / bottom, MentionKind.Share) with { Spelled = true };
            }

            return null;
        }

        bool plural = s.Lower(k).EndsWith('s');
        if (plural && numerator == 1 && k == i)
        {
            return null; // "thirds" alone
        }

        int end = k + 1;
        // A fraction is a share only before "of" or a determiner: "half of", "half the population", "a third of its".
        if (end >= s.End)
        {
            return null;
        }

        string next = s.Lower(end);
        bool ofNext = next == "of";
        bool determiner = next is "the" or "its" or "their" or "his" or "her" or "all" or "our" or "those" or "these";
        if (!ofNext && !determiner)
        {
            // "half a million" is a number, not a share.
            return null;
        }

        if (ofNext && end + 1 < s.End && (s.IsWordAt(end + 1, "a") || s.IsWordAt(end + 1, "an"))
            && end + 2 < s.End && NumberWords.Scales.ContainsKey(s.Lower(end + 2)))
        {
            return null; // "a quarter of a million" is read as a spelled number
        }

        return Make(s, i, end, numerator * share, MentionKind.Share) with { Spelled = true, TakesOf = ofNext };
    }

    private Mention? ParseVague(Scan s, int i)
    {
        string w = s.Lower(i);
        int k = i;
        double value;
        if (w is "several" or "many" or "few" or "a")
        {
            // several thousand, a few hundred, many thousands
            int j = i + 1;
            if (w == "a" && j < s.End && s.IsWordAt(j, "few"))
            {
                j++;
            }

            if (j >= s.End || !s.Tokens[j].IsWord)
            {
                return null;
            }

            string scale = s.Lower(j);
            if (scale is "hundred" or "thousand" or "million" or "hundreds" or "thousands" or "millions" or "dozen")
            {
                value = scale.StartsWith("hundred", StringComparison.Ordinal) ? 100
                    : scale.StartsWith("thousand", StringComparison.Ordinal) ? 1e3
                    : scale == "dozen" ? 12 : 1e6;
                if (w == "a" && j == i + 1)
                {
                    return null; // "a thousand" is exact, parsed as spelled
                }

                return Make(s, i, j + 1, value, MentionKind.Count) with
                {
                    Vague = true, Spelled = true, ImpliedQualifier = Qualifier.MoreThan, TakesOf = j + 1 < s.End && s.IsWordAt(j + 1, "of"),
                };
            }

            return null;
        }

        if (!NumberWords.Vague.TryGetValue(w, out value))
        {
            return null;
        }

        k = i + 1;
        // tens of thousands, hundreds of thousands, thousands upon thousands
        if (k + 1 < s.End && s.IsWordAt(k, "of") && NumberWords.Vague.TryGetValue(s.Lower(k + 1), out double inner) && inner > value)
        {
            value *= inner;
            k += 2;
        }
        else if (w == "tens")
        {
            return null; // "tens" alone is not an amount
        }

        bool takesOf = k < s.End && s.IsWordAt(k, "of");
        bool countedNoun = CountedNounFollows(s, k) || takesOf;
        // "scores" and "millions" are amounts only before "of" or a counted noun ("test scores", "millions in losses").
        if (!countedNoun && w is "scores" or "dozens" or "millions" or "billions" or "lakhs" or "crores")
        {
            if (!(k < s.End && _lexicons.Measures.TryMatchAt(s.Text, s.Tokens, k, s.End, out _)))
            {
                return null;
            }
        }

        return Make(s, i, k, value, MentionKind.Count) with
        {
            Vague = true, Spelled = true, ImpliedQualifier = Qualifier.MoreThan, TakesOf = takesOf,
        };
    }

    private Mention? ParseSpelled(Scan s, int i)
    {
        int k = i;
        double total = 0, current = 0;
        bool any = false;
        bool article = false;

        // "a million", "a hundred", "a dozen", "an estimated" is not a number
        if ((s.IsWordAt(k, "a") || s.IsWordAt(k, "an")) && k + 1 < s.End && s.Tokens[k + 1].IsWord)
        {
            string next = s.Lower(k + 1);
            if (NumberWords.Scales.ContainsKey(next) && next is not ("mln" or "mn" or "bln" or "bn" or "tn") || next == "dozen")
            {
                current = 1;
                article = true;
                k++;
            }
            else
            {
                return null;
            }
        }
        else if (s.IsWordAt(k, "half") && k + 2 < s.End && s.IsWordAt(k + 1, "a") && NumberWords.Scales.ContainsKey(s.Lower(k + 2)))
        {
            // half a million
            double halfScale = NumberWords.Scales[s.Lower(k + 2)];
            return FinishSpelled(s, i, k + 3, halfScale / 2);
        }

        while (k < s.End && s.Tokens[k].IsWord)
        {
            string w = s.Lower(k);
            if (NumberWords.Units.TryGetValue(w, out int units))
            {
                if (any && current % 100 != 0 && current >= 1 && units < 10 && current % 10 != 0)
                {
                    break; // "one two" is not a number
                }

                current += units;
                any = true;
                k++;
                // twenty-five
                if (k + 1 < s.End && s.IsDash(k) && !s.Tokens[k].SpaceBefore && !s.Tokens[k + 1].SpaceBefore
                    && s.Tokens[k + 1].IsWord && NumberWords.Units.TryGetValue(s.Lower(k + 1), out int ones) && units >= 20 && ones < 10)
                {
                    current += ones;
                    k += 2;
                }

                continue;
            }

            if (w == "dozen" && (any || article))
            {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
                k++;
                continue;
            }

            if (NumberWords.Scales.TryGetValue(w, out double scale) && (any || article) && w is not ("mln" or "mn" or "bln" or "bn" or "tn"))
            {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1000)
                {
                    total += current;
                    current = 0;
                }

                any = true;
                k++;
                continue;
            }

            if (w == "and" && any && k + 1 < s.End && NumberWords.Units.ContainsKey(s.Lower(k + 1)) && (total + current) >= 100)
            {
                k++;
                continue;
            }

            break;
        }

        if (!any)
        {
            return null;
        }

        return FinishSpelled(s, i, k, total + current);
    }

    private Mention? FinishSpelled(Scan s, int i, int end, double value)
    {
        // A spelled number can still be a duration ("nine-month blockade", "three decades") or a share.
        if (end + 1 < s.End && s.IsDash(end) && !s.Tokens[end].SpaceBefore && s.Tokens[end + 1].IsWord)
        {
            var compound = CompoundUnit(s, end + 1);
            if (compound is { } kind)
            {
                return Make(s, i, end + 2, value, kind) with { Spelled = true };
            }
        }

        if (end < s.End && (s.IsWordAt(end, "percent") || s.Is(end, "%")))
        {
            return Make(s, i, end + 1, value, MentionKind.Share) with { Spelled = true };
        }

        if (end < s.End && _currencySuffix.TryMatchAt(s.Text, s.Tokens, end, s.End, out var currency))
        {
            return Make(s, i, currency.End, value, MentionKind.Money) with { Spelled = true, Currency = currency.Value };
        }

        if (TonnesAt(s, end) is int afterTonnes)
        {
            return Make(s, i, afterTonnes, value, MentionKind.Weight) with { Spelled = true };
        }

        if (end < s.End && _units.TryMatchAt(s.Text, s.Tokens, end, s.End, out var unit))
        {
            return Make(s, i, unit.End, value, unit.Value) with { Spelled = true };
        }

        if (IsAge(s, i, value))
        {
            return Make(s, i, end, value, MentionKind.Age) with { Spelled = true };
        }

        // "a mother of three", "one of the", "one another": not amounts.
        string first = s.Lower(i);
        if (end < s.End && s.IsWordAt(end, "of") && value == 1 && first is "one")
        {
            return null;
        }

        if (first == "one" && end < s.End && (s.IsWordAt(end, "another") || s.IsWordAt(end, "day") || s.IsWordAt(end, "time")))
        {
            return null;
        }

        return Make(s, i, end, value, MentionKind.Count) with { Spelled = true };
    }

    /// <summary>"between 10 and 15", "10-15", "10 to 15"; and "from 2 million to 5 million euros", where the first takes the second's unit.</summary>
    private static void MergeRanges(Scan s, List<Mention> mentions)
    {
        for (int m = 0; m + 1 < mentions.Count; m++)
        {
            var a = mentions[m];
            var b = mentions[m + 1];
            if (!a.CanBeFigure || !b.CanBeFigure || a.Kind == MentionKind.Share && b.Kind != MentionKind.Share)
            {
                continue;
            }

            int gap = b.FirstToken - a.EndToken;
            bool between = gap == 1 && s.IsWordAt(a.EndToken, "and") && a.FirstToken - 1 >= s.First && s.IsWordAt(a.FirstToken - 1, "between");
            bool dash = gap == 1 && s.IsDash(a.EndToken);
            bool to = gap == 1 && (s.IsWordAt(a.EndToken, "to") || s.IsWordAt(a.EndToken, "or"));
            bool from = to && a.FirstToken - 1 >= s.First && (s.IsWordAt(a.FirstToken - 1, "from"));
            if (!(between || dash || to))
            {
                continue;
            }

            a = TakeUnitFrom(a, b);
            if (from || a.Value >= b.Value)
            {
                mentions[m] = a; // a change ("from 2 million to 5 million euros"), not a range
                continue;
            }

            mentions[m] = b with
            {
                FirstToken = a.FirstToken,
                Span = TextSpan.FromBounds(a.Span.Start, b.Span.End),
                Value = a.Value,
                Low = a.Value,
                High = b.Value,
            };
            mentions.RemoveAt(m + 1);
        }
    }

    /// <summary>"1.35 to 1.65 mln tonnes", "2 million to 5 million euros": the first number takes the unit and scale the second states.</summary>
    private static Mention TakeUnitFrom(Mention a, Mention b)
    {
        if (a.Kind == MentionKind.Count && b.Kind is MentionKind.Money or MentionKind.Weight or MentionKind.Share)
        {
            a = a with { Kind = b.Kind, Currency = b.Currency };
        }

        if (a.Value < b.Value / 100 && b.Value >= 1e3 && a.Value < 1e3 && !a.Spelled)
        {
            double scale = Math.Pow(10, Math.Floor(Math.Log10(b.Value)) - Math.Floor(Math.Log10(Math.Max(a.Value, 1))));
            if (scale >= 1e3)
            {
                double unit = b.Value >= 1e9 ? 1e9 : b.Value >= 1e6 ? 1e6 : 1e3;
                a = a with { Value = a.Value * unit };
            }
        }

        return a;
    }

    /// <summary>"5 million euros ($5.28 million)", "5 million euros, or about $5.4 million,": the second is the same amount.</summary>
    private static void LinkConversions(Scan s, List<Mention> mentions)
    {
        for (int m = 1; m < mentions.Count; m++)
        {
            var a = mentions[m - 1];
            var b = mentions[m];
            if (a.Kind != MentionKind.Money || b.Kind != MentionKind.Money || a.Currency == b.Currency)
            {
                continue;
            }

            int k = a.EndToken;
            bool opened = false;
            if (k < s.End && (s.Is(k, "(") || s.Is(k, "[")))
            {
                opened = true;
                k++;
            }
            else if (k + 1 < s.End && s.Is(k, ",") && s.IsWordAt(k + 1, "or"))
            {
                k += 2;
            }
            else if (k < s.End && s.IsWordAt(k, "or"))
            {
                k++;
            }
            else
            {
                continue;
            }

            // Allow a hedge word or two: "(about $5.4 million)".
            if (b.FirstToken - k > 2)
            {
                continue;
            }

            if (opened || b.FirstToken - a.EndToken <= 4)
            {
                mentions[m] = b with { ConversionOf = m - 1 };
            }
        }
    }

    private static Mention Make(Scan s, int first, int end, double value, MentionKind kind) => new()
    {
        Span = TextSpan.FromBounds(s.Tokens[first].Start, s.Tokens[end - 1].End),
        FirstToken = first,
        EndToken = end,
        Value = value,
        Kind = kind,
    };

    private static MentionKind UnitKind(string kind) => kind.ToLowerInvariant() switch
    {
        "duration" => MentionKind.Duration,
        "distance" => MentionKind.Distance,
        "age" => MentionKind.Age,
        "clock" => MentionKind.Clock,
        _ => MentionKind.Measurement,
    };

    /// <summary>The tokens of one sentence, with word helpers.</summary>
    private readonly record struct Scan(string Text, IReadOnlyList<Token> Tokens, int First, int End)
    {
        public string Word(int k) => Text.Substring(Tokens[k].Start, Tokens[k].Length);

        public string Lower(int k) => LexiconFile.Normalize(Text.AsSpan(Tokens[k].Start, Tokens[k].Length));

        public bool Is(int k, string symbol) => Text.AsSpan(Tokens[k].Start, Tokens[k].Length).SequenceEqual(symbol);

        public bool IsWordAt(int k, string word) =>
            k < End && Tokens[k].IsWord && PhraseTable<int>.Equal(Text.AsSpan(Tokens[k].Start, Tokens[k].Length), word);

        public bool IsDash(int k) => Tokens[k].Kind == TokenKind.Symbol && Text[Tokens[k].Start] is '-' or '–' or '‑';
    }
}
