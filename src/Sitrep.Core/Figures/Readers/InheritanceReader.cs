using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// A number with no measure word of its own takes the measure of a figure it is compared with or listed after ("up
/// from about 4,850", "including 50 children"), or of the count of the sentence before when it points back to it
/// ("The figure rose sharply from 46,000", "That was up from about 2,600", "we had counted 594,000").
/// </summary>
public sealed class InheritanceReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var v = context.View;
        int before = context.Before;
        var cue = context.Cue;
        context.Listed = context.Marks.Has(before, WordRole.ListIntroducer) || v.IsAnyWord(before, "them", "whom");
        if (!((cue is null && context.Partitive.Kind == PartitiveKind.None) || (context.Listed && cue?.Measure != Measure.Other)))
        {
            return;
        }

        if (context.Head.Class == NounClass.Unknown && !context.Head.IsEmpty)
        {
            return; // "1,250,000 people in 2,314 barangays": a number with a noun of its own we do not know counts something else
        }

        var (from, reading) = CueScanner.Inherit(context);
        if (reading is not null)
        {
            context.Measure = reading.Measure;
            context.Aspect = reading.Aspect;
            context.InheritedFrom = from;
            context.Anchor = reading.Anchor;
            if (reading.Unit is Vocabulary.Households or Vocabulary.Houses && context.Head.IsEmpty)
            {
                context.Unit = reading.Unit;
            }

            if (context.Listed || CueScanner.BetweenHas(context, context.Mentions[from!.Value].EndToken, context.Mention.FirstToken, WordRole.ListIntroducer))
            {
                context.Flags |= FigureFlags.SubCount;
            }
        }
        else if (cue is null && context.PreviousSentence is { } previous && context.Mention.Kind == MentionKind.Count && RefersBack(context))
        {
            context.Measure = previous.Measure;
            context.Aspect = previous.Aspect;
            context.Unit = context.IsShare ? context.Unit : previous.Unit;
        }
    }

    private static bool RefersBack(FigureContext context)
    {
        var v = context.View;
        var head = context.Head;
        int before = context.Before;
        if (!head.IsEmpty && head.Class != NounClass.Generic)
        {
            return false;
        }

        if (v.IsWordAt(before, "from"))
        {
            return true; // "from 46,000", "up from 2,600"
        }

        for (int j = Math.Max(v.First, context.Mention.FirstToken - CueScanner.LeftWindow); j < context.Mention.FirstToken; j++)
        {
            if (context.Marks.Has(j, WordRole.Anaphora | WordRole.CountingVerb))
            {
                return true;
            }
        }

        return v.IsAnyWord(v.First, "that", "this", "it") && v.IsAnyWord(v.First + 1, "was", "is", "rose", "fell", "compares");
    }
}
