using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Rules;

/// <summary>
/// A bare number with a fraction and no scale word is a measurement, never a count of people or homes: "his .38
/// revolver", "2.5 per household" ("1.2 million" and "2.4 mln" have their scale; "7.8 magnitude" its unit; "1.35 to 1.65
/// mln tonnes" takes the second's).
/// </summary>
public sealed class FractionalRule : IBareNumberRule
{
    public MentionKind? Classify(in TokenView v, BareNumber number)
    {
        if (number.IsInteger)
        {
            return null;
        }

        // "1.35 to 1.65 mln tonnes": the first end of a range takes its unit and scale from the second.
        bool rangeStart = (v.IsAnyWord(number.End, "to", "and", "or") || NumberGrammar.IsJoiningDash(v, number.End)) && number.End + 1 < v.End && v[number.End + 1].IsNumber;
        return rangeStart ? null : MentionKind.Measurement;
    }
}
