using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// The measure word that governs a number, tried in order: the verb it is the object of ("killed at least 68"), the
/// predicate right after its noun phrase ("were killed", "have fled"), its head noun itself ("20 deaths", "30,000
/// refugees"), then the clause to the left or right ("the number of deaths … had risen to 125"). A part of a group
/// takes its own predicate, else the group's ("Seven of the wounded"); "112 of them seriously" is a firm part of the
/// count before it.
/// </summary>
public sealed class MeasureCueReader : IFigureReader
{
    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var partitive = context.Partitive;
        if (partitive.Kind == PartitiveKind.Pronoun)
        {
            ReadPronounPart(context);
        }
        else if (partitive.Kind == PartitiveKind.Base && !context.IsShare)
        {
            // "Seven of the wounded were taken to hospital": the predicate, else the group it is part of.
            context.Cue = CueScanner.Right(context, partitive.End) ?? CueScanner.Within(context, partitive.BaseStart, partitive.End);
            context.Flags |= FigureFlags.SubCount;
        }
        else
        {
            context.Cue = Find(context);
        }

        if (context.Result is null)
        {
            context.Measure = context.Cue?.Measure ?? Measure.Other;
            context.Aspect = context.Cue?.Aspect;
            context.Anchor = context.Cue?.Token ?? context.Mention.FirstToken;
        }
    }

    /// <summary>"scores of them remain in grave condition", "More than 600 people were injured, 112 of them seriously".</summary>
    private static void ReadPronounPart(FigureContext context)
    {
        var m = context.Mention;
        var partitive = context.Partitive;
        var cue = CueScanner.Right(context, partitive.End);
        // "registration had been completed for 20,800 of them": an object takes the measure before it.
        int before = context.Before;
        if (cue is null && context.Marks.Has(before, WordRole.LeftPreferring))
        {
            cue = CueScanner.Left(context, before);
        }

        context.Cue = cue;
        var (wholeFrom, wholeReading) = CueScanner.Antecedent(context);
        if (wholeReading is null && context.PreviousSentence is not null && m.FirstToken - context.View.First <= 1)
        {
            (wholeFrom, wholeReading) = (null, context.PreviousSentence); // "Twelve of them were in a serious condition." after the count
        }

        if (cue is null && !m.Vague && CueScanner.OnlyDegreeFollows(context, partitive.End) && wholeReading is { } whole)
        {
            var measure = whole.Measure;
            if (measure == Measure.HousesDamaged && context.View.IsAnyWord(partitive.End, "totally", "completely", "entirely", "fully"))
            {
                measure = Measure.HousesDestroyed; // "37,000 houses were damaged, 4,100 of them totally"
            }

            context.Result = new FigureReading(measure, whole.Unit, context.Qualifier, null, whole.Event, context.Flags | FigureFlags.SubCount,
                whole.Anchor, wholeFrom, whole.Aspect);
            return;
        }

        context.Flags |= FigureFlags.SubCount;
    }

    /// <summary>
    /// A verb of its own right after the counted phrase, over auxiliaries or a short place ("a community of 340 people in
    /// Kibumba fled"), within four words and no comma: it beats the "a town of" before the number.
    /// </summary>
    private static Cue? OwnPredicate(FigureContext context, int afterHead)
    {
        var v = context.View;
        for (int j = afterHead; j < Math.Min(v.End, afterHead + 4); j++)
        {
            if (!v[j].IsWord)
            {
                return null;
            }

            if (context.Marks.MeasureAt(j, out var cue) && !cue.Value.IsNoun && cue.Value.Measure != Measure.Other
                && CueScanner.Allowed(cue.Value.Measure, context.Unit, context.IsShare))
            {
                return CueScanner.ToCue(cue, j);
            }
        }

        return null;
    }

    private static Cue? Find(FigureContext context)
    {
        var v = context.View;
        var marks = context.Marks;
        var head = context.Head;
        int before = context.Before;

        int afterHead = Math.Max(head.End, context.Mention.EndToken);

        // 1. The number is the object of a measure verb: "killed at least 68", "injured more than 200 people"; "a
        // community of 85 people" only when no predicate of its own follows ("a community of 85 people fled").
        if (before >= v.First && marks.MeasureEndingAt(before + 1, out var objectOf)
            && (objectOf.Value.Adjacent || (!objectOf.Value.IsNoun && !objectOf.Value.Intransitive))
            && CueScanner.Allowed(objectOf.Value.Measure, context.Unit, context.IsShare) && CueScanner.NamesPeople(context, objectOf.Value)
            && !CueScanner.IsCopula(context, before))
        {
            return objectOf.Value.Adjacent && OwnPredicate(context, afterHead) is { } own ? own : CueScanner.ToCue(objectOf, objectOf.Start);
        }

        // 2. The predicate right after the counted phrase: "were killed", "have fled", "remain hospitalized", "dead".
        if (CueScanner.Predicate(context, afterHead) is { } predicate)
        {
            return predicate;
        }

        // A noun we do not know ("licensed firearms", "calls") is not counted by far-away words.
        if (head.Class == NounClass.Unknown && !head.IsEmpty)
        {
            return null;
        }

        // People who respond ("Hundreds of firefighters fought the blaze that forced 2,000 to flee") are not counted by
        // what follows them; a count they are listed in still is ("the dead included six police officers").
        if (head.Class == NounClass.Responder)
        {
            return CueScanner.Left(context, before);
        }

        // 3. The head noun itself counts: "20 deaths", "13 bodies", "30,000 refugees".
        if (CueScanner.Within(context, head.Start, head.End) is { } headCue)
        {
            return headCue;
        }

        // 4. The clause: to the left first after "rose to", "stood at", "put … at".
        return marks.Has(before, WordRole.LeftPreferring)
            ? CueScanner.Left(context, before) ?? CueScanner.Right(context, afterHead)
            : CueScanner.Right(context, afterHead) ?? CueScanner.Left(context, before);
    }
}
