using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures;

/// <summary>
/// A person counted from a noun phrase ("a 25-year-old man was shot and killed") is the whole count only in a report
/// that gives no number of two or more for that measure. Where the report also says "Three people were killed", the
/// person is one of them and adds nothing the number does not say: the person's figure is dropped, unless the persons
/// listed outnumber every such number.
/// </summary>
public static class PersonCountRule
{
    /// <param name="figures">A report's figures.</param>
    /// <param name="unmadeOther">The largest number among the report's numbers of measure "other" that were read but not
    /// made figures (<see cref="FigureUse.Counts"/>), as <see cref="IsNumberOfPeople"/> says; 0 for none.</param>
    public static void Apply(List<Figure> figures, double unmadeOther = 0)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var largest = new Dictionary<Measure, double>();
        if (unmadeOther > 0)
        {
            largest[Measure.Other] = unmadeOther;
        }

        foreach (var f in figures)
        {
            if (IsNumberOfPeople(f.Kind, f.Unit, f.Value, f.Flags))
            {
                largest[f.Measure] = Math.Max(largest.GetValueOrDefault(f.Measure), f.Value);
            }
        }

        if (largest.Count == 0)
        {
            return;
        }

        // A list of persons longer than every number ("a girl, two women and a man were shot" beside "two victims") says more.
        figures.RemoveAll(f => f.Kind == MentionKind.Person && largest.TryGetValue(f.Measure, out double count) && count >= f.Value);
    }

    /// <summary>Whether a figure of this kind, unit, value and flags is a number of people that a person of its measure may be one of.</summary>
    internal static bool IsNumberOfPeople(MentionKind kind, string unit, double value, FigureFlags flags) =>
        kind != MentionKind.Person && unit == Vocabulary.People && value >= 2 && (flags & (FigureFlags.SubCount | FigureFlags.Historical)) == 0;
}
