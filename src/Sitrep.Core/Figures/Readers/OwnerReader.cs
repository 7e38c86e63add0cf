using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// A number inside a modifier counts nothing ("five members of one family", "residents of 12 villages"), unless the
/// noun that owns it counts them: "the bodies of seven others" are seven killed.
/// </summary>
public sealed class OwnerReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var v = context.View;
        int before = context.Before;
        if (context.Mention.Kind != MentionKind.Count || before - 1 < v.First || !v.IsWordAt(before, "of") || !v[before - 1].IsWord
            || !context.Lexicons.TryGetNoun(v.Span(before - 1), out var owner) || owner is not (NounClass.People or NounClass.Generic))
        {
            return;
        }

        // "the bodies of", and "the deaths of" (a phrase that ends with the "of" before the number).
        if (context.Marks.MeasureAt(before - 1, out var cue) && (cue.Value.IsNoun || cue.End == before + 1) && cue.Value.Measure != Measure.Other)
        {
            var flags = context.Flags | (cue.Value.SubCount ? FigureFlags.SubCount : FigureFlags.None);
            context.Result = new FigureReading(cue.Value.Measure, Vocabulary.People, context.Qualifier, null, context.Event, flags, before - 1, null, cue.Value.Aspect);
            return;
        }

        context.Result = context.Other();
    }
}
