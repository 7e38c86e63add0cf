using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Shares told as fractions, in percent: "half of", "half the population", "a third of its", "two-thirds of", "one in
/// five residents". A fraction is a share only before "of" or a determiner: "half a million" is a number, not a share.
/// </summary>
public sealed class FractionParser : IMentionParser
{
    private static readonly string[] Determiners = ["the", "its", "their", "his", "her", "all", "our", "those", "these"];

    private readonly NumberLexicon _numbers;

    public FractionParser(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _numbers = lexicons.Numbers;
    }

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsWord)
        {
            return null;
        }

        int k = i;
        double numerator = 1;
        if (v.IsAnyWord(k, "a", "an", "one"))
        {
            k++;
        }
        else if (_numbers.UnitLookup.TryGetValue(v.Span(k), out int units) && units is >= 2 and <= 9)
        {
            numerator = units;
            k++;
            if (NumberGrammar.IsJoiningDash(v, k) && NumberGrammar.Glued(v, k))
            {
                k++;
            }
        }

        if (k >= v.End || !v[k].IsWord || !_numbers.FractionLookup.TryGetValue(v.Span(k), out double share))
        {
            return OneIn(v, i);
        }

        if (v.Span(k).EndsWith("s") && numerator == 1 && k == i)
        {
            return null; // "thirds" alone
        }

        if (k == i && i > v.First && v.IsCapitalized(k))
        {
            return null; // a name: "the Fourth of July", "a Third Way"
        }

        int end = k + 1;
        bool ofNext = v.IsWordAt(end, "of");
        if (!ofNext && !v.IsAnyWord(end, Determiners))
        {
            return null;
        }

        if (ofNext && v.IsAnyWord(end + 1, "a", "an") && end + 2 < v.End && _numbers.ScaleLookup.ContainsKey(v.Span(end + 2)))
        {
            return null; // "a quarter of a million" is read as a spelled number
        }

        return Mention.Of(v, i, end, numerator * share, MentionKind.Share) with { Spelled = true, TakesOf = ofNext };
    }

    /// <summary>"one in five residents": a share of 20%.</summary>
    private Mention? OneIn(in TokenView v, int i)
    {
        if (_numbers.UnitLookup.TryGetValue(v.Span(i), out int top) && v.IsWordAt(i + 1, "in") && i + 2 < v.End && v[i + 2].IsWord
            && _numbers.UnitLookup.TryGetValue(v.Span(i + 2), out int bottom) && bottom > top && top > 0)
        {
            return Mention.Of(v, i, i + 3, 100.0 * top / bottom, MentionKind.Share, spelled: true);
        }

        return null;
    }
}
