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
    public static void Apply(List<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var largest = new Dictionary<Measure, double>();
        foreach (var f in figures)
        {
            if (f.Kind != MentionKind.Person && f.Unit == Vocabulary.People && f.Value >= 2 && !f.Has(FigureFlags.SubCount) && !f.Has(FigureFlags.Historical))
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
}
