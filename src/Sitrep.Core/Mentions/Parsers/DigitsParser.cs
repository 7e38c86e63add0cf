using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Numbers in digits and what is written with them: "28,120", "14 000" (a space between thousands), "-1.3%", ".001",
/// "1.2 million", "2.4 mln", "5bn", "$11.5-million", "24th", "1990s", "8:30", "12%", "5 million euros", "70 tonnes",
/// "22 miles", "7.8-magnitude". A bare number is handed to the <see cref="IBareNumberRule"/>s to say whether it is a
/// year, a day, an age, a name … or a count.
/// </summary>
public sealed class DigitsParser : IMentionParser
{
    private readonly NumberGrammar _grammar;
    private readonly BareNumberClassifier _classifier;

    public DigitsParser(NumberGrammar grammar, BareNumberClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        ArgumentNullException.ThrowIfNull(classifier);
        _grammar = grammar;
        _classifier = classifier;
    }

    public Mention? TryParse(in TokenView v, int i) => v[i].IsNumber ? Read(v, i, money: false) : null;

    /// <summary>The number at token <paramref name="i"/> (a digit token); <paramref name="money"/> when a currency stands before it.</summary>
    public Mention? Read(in TokenView v, int i, bool money)
    {
        if (!TryValue(v, i, out double value, out bool hasSeparator, out bool isInteger, out int first, out int end))
        {
            return null;
        }

        // "the 1990's", "in their 20's": a decade with an apostrophe.
        if (isInteger && v.IsQuote(end) && NumberGrammar.Glued(v, end) && v.IsWordAt(end + 1, "s") && NumberGrammar.Glued(v, end + 1)
            && Decade(v, first, end + 2, value) is { } apostrophed)
        {
            return apostrophed;
        }

        // Glued suffixes: 24th, 1990s, 30s, 5bn, 3m, 8pm, 10km.
        if (end < v.End && v[end].IsWord && NumberGrammar.Glued(v, end))
        {
            var suffix = v.Span(end);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return Mention.Of(v, first, end + 1, value, MentionKind.Ordinal);
            }

            if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase) && isInteger && Decade(v, first, end + 1, value) is { } decade)
            {
                return decade;
            }

            if (_grammar.Numbers.GluedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(suffix, out double glued)
                && (!suffix.Equals("m", StringComparison.OrdinalIgnoreCase) || money || MillionsFollow(v, end + 1)))
            {
                var scaled = Mention.Of(v, first, end + 1, value * glued, MentionKind.Count, scale: glued);
                return _grammar.ReadTail(v, first, end + 1, scaled.Value, spelled: false) is { } tail ? tail with { Scale = glued } : scaled;
            }

            if (_grammar.Lexicons.Units.TryMatchAt(v.Text, v.Tokens, end, v.End, out var glue))
            {
                return Mention.Of(v, first, glue.End, value, glue.Value);
            }
        }

        // Clock times: 8:30, 10.30 p.m. (the latter through the units).
        if (v.Is(end, ":") && NumberGrammar.Glued(v, end) && end + 1 < v.End && v[end + 1].IsNumber && NumberGrammar.Glued(v, end + 1))
        {
            int clockEnd = end + 2;
            if (clockEnd < v.End && _grammar.Lexicons.Units.TryMatchAt(v.Text, v.Tokens, clockEnd, v.End, out var meridiem) && meridiem.Value == MentionKind.Clock)
            {
                clockEnd = meridiem.End;
            }

            return Mention.Of(v, first, clockEnd, value, MentionKind.Clock);
        }

        // $11.5-million
        double scale = 1;
        if (NumberGrammar.IsJoiningDash(v, end) && NumberGrammar.Glued(v, end) && NumberGrammar.Glued(v, end + 1) && end + 1 < v.End && v[end + 1].IsWord
            && _grammar.Numbers.ScaleLookup.TryGetValue(v.Span(end + 1), out double hyphenScale))
        {
            scale *= hyphenScale;
            end += 2;
        }

        // 1.2 million, 2.4 mln, 1.5 lakh
        while (end < v.End && v[end].IsWord && _grammar.Numbers.ScaleLookup.TryGetValue(v.Span(end), out double spaced))
        {
            scale *= spaced;
            end++;
        }

        value *= scale;
        if (_grammar.ReadTail(v, first, end, value, spelled: false) is { } withTail)
        {
            return withTail with { Scale = scale };
        }

        var kind = scale == 1 ? _classifier.Classify(v, new BareNumber(first, end, value, Digits: true, hasSeparator)) : MentionKind.Count;
        return Mention.Of(v, first, end, value, kind, scale: scale);
    }

    /// <summary>"the 1990s" (a year), "in her 30s", "a man in his early 20s" (an age), "the 90s" (a decade); null for other numbers.</summary>
    private static Mention? Decade(in TokenView v, int first, int end, double value)
    {
        if (value is >= 1000 and <= 2100)
        {
            return Mention.Of(v, first, end, value, MentionKind.Year);
        }

        if (value is >= 10 and < 100 && value % 10 == 0)
        {
            bool age = v.IsAnyWord(first - 1, "his", "her", "their", "early", "mid", "late") || NumberGrammar.IsJoiningDash(v, first - 1);
            return Mention.Of(v, first, end, value, age ? MentionKind.Age : MentionKind.Year);
        }

        return null;
    }

    /// <summary>"3m people", "3m of", "3m euros": a glued "m" is millions only when what follows counts something.</summary>
    private bool MillionsFollow(in TokenView v, int k) =>
        v.IsWordAt(k, "of") || _grammar.CountedNounFollows(v, k)
        || (k < v.End && _grammar.Lexicons.CurrencySuffixes.TryMatchAt(v.Text, v.Tokens, k, v.End, out _));

    /// <summary>
    /// The value of the digit token at <paramref name="i"/>, with what belongs to it: a sign glued before it ("-1.3"), a
    /// leading point (".001", ".40-caliber"), groups of three digits after single spaces ("14 000", "3 385").
    /// </summary>
    private static bool TryValue(in TokenView v, int i, out double value, out bool hasSeparator, out bool isInteger, out int first, out int end)
    {
        var digits = v.Span(i);
        hasSeparator = digits.Contains(',');
        isInteger = !digits.Contains('.');
        first = i;
        end = i + 1;
        Span<char> buffer = stackalloc char[Math.Min(digits.Length + 64, 512)];
        int n = 0;
        bool point = false, negative = false;

        if (v.Is(i - 1, ".") && NumberGrammar.Glued(v, i) && (i - 1 == v.First || v[i - 1].SpaceBefore || v.Is(i - 2, "(")) && isInteger)
        {
            buffer[n++] = '0';
            buffer[n++] = '.';
            point = true;
            isInteger = false;
            first = i - 1;
        }

        int signAt = first - 1;
        if (signAt >= v.First && v[signAt].Kind == TokenKind.Symbol && v.Text[v[signAt].Start] is '-' or '−' or '+'
            && NumberGrammar.Glued(v, first) && (signAt == v.First || v[signAt].SpaceBefore || v.Is(signAt - 1, "(")))
        {
            negative = v.Text[v[signAt].Start] != '+';
            first = signAt;
        }

        if (!Append(digits, buffer, ref n))
        {
            value = 0;
            return false;
        }

        // "14 000 people": three-digit groups after a short leading group, one space apart (not in a list of numbers).
        bool inList = i - 1 >= v.First && v[i - 1].IsNumber;
        if (!hasSeparator && isInteger && !point && digits.Length <= 3 && digits[0] != '0' && !NumberGrammar.IsMonth(v, i - 1) && !inList)
        {
            while (end < v.End && v[end].IsNumber && v[end].Length == 3 && !v.Span(end).ContainsAny(",.")
                   && v[end].Start - v[end - 1].End == 1 && !(end + 1 < v.End && v[end + 1].IsNumber && v[end + 1].SpaceBefore && v[end + 1].Length != 3)
                   && Append(v.Span(end), buffer, ref n))
            {
                hasSeparator = true;
                end++;
            }
        }

        bool parsed = double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        value = negative ? -value : value;
        return parsed;
    }

    private static bool Append(ReadOnlySpan<char> digits, Span<char> buffer, ref int n)
    {
        foreach (char c in digits)
        {
            if (c == ',')
            {
                continue;
            }

            if (n >= buffer.Length)
            {
                return false;
            }

            buffer[n++] = c;
        }

        return true;
    }
}
