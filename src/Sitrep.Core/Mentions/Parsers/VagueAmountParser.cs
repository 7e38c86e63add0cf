using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Amounts told by their order, valued at the least they imply and read as "more than": "dozens", "hundreds of
/// thousands", "tens of thousands", "several thousand", "a few hundred", "many thousands". "Scores" and "millions" are
/// amounts only before "of", a counted noun or a measure word ("test scores", "millions in losses" are not).
/// </summary>
public sealed class VagueAmountParser : IMentionParser
{
    private readonly NumberGrammar _grammar;

    public VagueAmountParser(NumberGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        _grammar = grammar;
    }

    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsWord)
        {
            return null;
        }

        if (v.IsAnyWord(i, "several", "many", "few", "a"))
        {
            return Quantified(v, i);
        }

        if (!_grammar.Numbers.VagueLookup.TryGetValue(v.Span(i), out double value))
        {
            return null;
        }

        int k = i + 1;
        // tens of thousands, hundreds of thousands
        if (v.IsWordAt(k, "of") && k + 1 < v.End && v[k + 1].IsWord && _grammar.Numbers.VagueLookup.TryGetValue(v.Span(k + 1), out double inner) && inner > value)
        {
            value *= inner;
            k += 2;
        }
        else if (v.IsWordAt(i, "tens"))
        {
            return null; // "tens" alone is not an amount
        }

        bool takesOf = v.IsWordAt(k, "of");
        if (!takesOf && !_grammar.CountedNounFollows(v, k) && v.IsAnyWord(i, "scores", "dozens", "millions", "billions", "lakhs", "crores")
            && !(k < v.End && _grammar.Lexicons.Measures.TryMatchAt(v.Text, v.Tokens, k, v.End, out _)))
        {
            return null;
        }

        return Vague(v, i, k, value, takesOf);
    }

    /// <summary>"several thousand", "a few hundred", "many thousands", "several dozen"; "a thousand" is exact, read as spelled.</summary>
    private Mention? Quantified(in TokenView v, int i)
    {
        int j = i + 1;
        if (v.IsWordAt(i, "a") && v.IsWordAt(j, "few"))
        {
            j++;
        }
        else if (v.IsWordAt(i, "a"))
        {
            return null;
        }

        if (!v.IsAnyWord(j, "hundred", "thousand", "million", "hundreds", "thousands", "millions", "dozen"))
        {
            return null;
        }

        var scale = v.Span(j);
        double value = scale.StartsWith("hundred", StringComparison.OrdinalIgnoreCase) ? 100
            : scale.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) ? 1e3
            : scale.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? 12 : 1e6;
        return Vague(v, i, j + 1, value, v.IsWordAt(j + 1, "of"));
    }

    /// <summary>A vague amount; one followed by a unit ("several hundred yards", "hundreds of miles") measures, it counts no one.</summary>
    private Mention Vague(in TokenView v, int first, int end, double value, bool takesOf)
    {
        int unitAt = takesOf ? end + 1 : end;
        if (unitAt < v.End && _grammar.Lexicons.Units.TryMatchAt(v.Text, v.Tokens, unitAt, v.End, out var unit))
        {
            return Mention.Of(v, first, unit.End, value, unit.Value) with { Vague = true, Spelled = true, ImpliedQualifier = Qualifier.MoreThan };
        }

        return Mention.Of(v, first, end, value, MentionKind.Count) with
        {
            Vague = true, Spelled = true, ImpliedQualifier = Qualifier.MoreThan, TakesOf = takesOf,
        };
    }
}
