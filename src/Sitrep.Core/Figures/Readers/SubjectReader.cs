using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Figures.Readers;

/// <summary>Who is counted, when the report says more than "people": the head noun ("Azerbaijani soldiers", "miners") or the group of a partitive ("two of its nationals").</summary>
public sealed class SubjectReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var head = context.Head;
        if (context.IsShare)
        {
            return;
        }

        context.Subject = head.Class is NounClass.People or NounClass.Responder && !head.IsEmpty ? context.View.Slice(head.Start, head.End)
            : context.Partitive.Kind == PartitiveKind.Base ? GroupOf(context) : null;
    }

    /// <summary>The group a partitive takes its part from, when it names people: "two of its nationals" -> "nationals".</summary>
    private static string? GroupOf(FigureContext context)
    {
        var v = context.View;
        var lexicons = context.Lexicons;
        var partitive = context.Partitive;
        for (int j = partitive.End - 1; j >= partitive.BaseStart; j--)
        {
            if (v[j].IsWord && ((lexicons.TryGetNoun(v.Span(j), out var cls) && cls is NounClass.People or NounClass.Responder)
                                || (v.IsCapitalized(j) && lexicons.Countries.IsDemonym(v.Span(j)))))
            {
                int start = j;
                while (start > partitive.BaseStart && v[start - 1].IsWord && (lexicons.TryGetNoun(v.Span(start - 1), out _) || v.IsCapitalized(start - 1)))
                {
                    start--;
                }

                return v.Slice(start, j + 1);
            }
        }

        return null;
    }
}
