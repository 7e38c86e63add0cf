using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures;

/// <summary>
/// A person counted from a noun phrase ("a 25-year-old man was shot and killed") is the whole count only in a report
/// that gives no number of two or more for that measure. Where the report also says "Three people were killed", the
/// person is one of them and adds nothing the number does not say: the person's figure is dropped.
/// </summary>
public static class PersonCountRule
{
    public static void Apply(List<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Measure[] counted = [.. figures
            .Where(f => f.Kind != MentionKind.Person && f.Unit == Vocabulary.People && f.Value >= 2 && !f.Has(FigureFlags.SubCount) && !f.Has(FigureFlags.Historical))
            .Select(f => f.Measure)
            .Distinct()];
        if (counted.Length == 0)
        {
            return;
        }

        figures.RemoveAll(f => f.Kind == MentionKind.Person && counted.Contains(f.Measure));
    }
}
