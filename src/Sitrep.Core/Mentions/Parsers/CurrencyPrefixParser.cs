using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Money with its currency written first: "$5", "US$4bn", "$US55,931,000", "$A82.6 million", "€1.5 million", "RM23.50",
/// "USD 4 million", "Rs 50,000". A one-letter currency word ("R 20") is not trusted in prose: it names roads.
/// </summary>
public sealed class CurrencyPrefixParser : IMentionParser
{
    private readonly PhraseTable<CurrencyCue> _prefixes;
    private readonly DigitsParser _digits;

    public CurrencyPrefixParser(LexiconSet lexicons, DigitsParser digits)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(digits);
        _prefixes = lexicons.CurrencyPrefixes;
        _digits = digits;
    }

    public Mention? TryParse(in TokenView v, int i)
    {
        if (v[i].IsNumber || !_prefixes.TryMatchAt(v.Text, v.Tokens, i, v.End, out var prefix) || prefix.End >= v.End || !v[prefix.End].IsNumber)
        {
            return null;
        }

        if (prefix.Length == 1 && v[i].IsWord && v[i].Length == 1)
        {
            return null; // "R 20 road"
        }

        var amount = _digits.Read(v, prefix.End, money: true);
        if (amount is null || amount.FirstToken != prefix.End)
        {
            return null; // a sign or point before the digits belongs to something else
        }

        return amount with
        {
            Kind = MentionKind.Money,
            Currency = prefix.Value.Code,
            Value = amount.Value * prefix.Value.Factor,
            FirstToken = i,
            Span = TextSpan.FromBounds(v[i].Start, amount.Span.End),
        };
    }
}
