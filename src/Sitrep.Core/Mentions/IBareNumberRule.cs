using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>
/// A rule that says what a bare number is when the words around it tell ("September 26" a day, "in 2020" a year,
/// "aged 5" an age, "Route 9" a name). <see cref="NumberMentionFinder"/> asks its rules in order; the first answer wins,
/// and a number no rule claims is a count.
/// </summary>
public interface IBareNumberRule
{
    MentionKind? Classify(in TokenView v, BareNumber number);
}
