namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// The event of a figure: the event word nearest its measure word, preferring the clause after it ("killed in the
/// explosion"); a specific word beats a generic one. Runs first (nearest the number) and again last (nearest the
/// measure word, once one is found).
/// </summary>
public sealed class EventReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Mention;
        context.Event = context.Cue is { } cue
            ? Nearest(context.Marks, cue.Token) ?? context.Event
            : context.Event ?? Nearest(context.Marks, m.EndToken);
    }

    /// <summary>The canonical event word nearest token <paramref name="from"/>, the clause after it first.</summary>
    public static string? Nearest(SentenceMarks marks, int from)
    {
        ArgumentNullException.ThrowIfNull(marks);
        string? best = null;
        int bestDistance = int.MaxValue;
        var events = marks.Events;
        for (int k = 0; k < events.Count; k++) // not foreach: an interface's enumerator is an allocation for each number
        {
            var (j, cue) = events[k];
            int distance = (j >= from ? j - from : (from - j) + 6) + (cue.Generic ? 1000 : 0);
            if (distance < bestDistance)
            {
                best = cue.Name;
                bestDistance = distance;
            }
        }

        return best;
    }
}
