using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;

namespace Sitrep.Core.Figures.Readers;

/// <summary>
/// One person told without a numeral counts one when a casualty predicate governs the phrase: as its subject ("a man
/// was shot and killed", "the victim was pronounced dead", "Daniel, 5, was shot and killed", "the boy and his brother
/// were wounded") or as the object of an active casualty verb ("shot and killed his brother", "took the life of his
/// 10-year-old nephew"). Anything else counts nothing: "a man was arrested", "police said a man", "a man shot a woman"
/// (the woman counts, not the man). Shot or taken to hospital, then died in the same clause, is killed.
/// </summary>
public sealed class PersonReader : IFigureReader
{
    private const int DeathWindow = 12;

    public void Read(FigureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var m = context.Mention;
        if (m.Kind != MentionKind.Person)
        {
            return;
        }

        // "identified a 3-year-old who was killed": an object of a verb that is no casualty may still be a casualty's subject.
        var asObject = AsObject(context);
        var cue = asObject is { Measure: Measure.Killed or Measure.Injured or Measure.Hospitalized } ? asObject : AsSubject(context) ?? asObject;
        if (cue is not { } found || found.Measure is not (Measure.Killed or Measure.Injured or Measure.Hospitalized))
        {
            context.Result = context.Other();
            return;
        }

        var measure = found.Measure is Measure.Injured or Measure.Hospitalized && DiesInClause(context, found.Token) ? Measure.Killed : found.Measure;
        context.Result = new FigureReading(measure, Vocabulary.People, Qualifier.None, HeadNoun(context), EventReader.Nearest(context.Marks, found.Token) ?? context.Event,
            context.Flags, found.Token, null, measure == Measure.Injured && !Survived(context) ? found.Aspect : null);
    }

    /// <summary>"shot and killed his brother", "killed a man", "the death of a 5-year-old".</summary>
    private static Cue? AsObject(FigureContext context)
    {
        var m = context.Mention;
        return context.Marks.MeasureEndingAt(m.FirstToken, out var verb) && !verb.Value.IsNoun && !verb.Value.Intransitive && verb.Value.Measure != Measure.Other
            ? CueScanner.ToCue(verb, verb.Start)
            : null;
    }

    /// <summary>The predicate after the phrase, over auxiliaries, an age in apposition and persons coordinated with it.</summary>
    private static Cue? AsSubject(FigureContext context)
    {
        var v = context.View;
        int k = context.Mention.EndToken;
        // "the boy and his brother were shot": step over the persons coordinated with this one.
        for (int next = context.Index + 1; next < context.Mentions.Count; next++)
        {
            var other = context.Mentions[next];
            bool joined = other.Kind == MentionKind.Person && other.FirstToken - k <= 2 && (v.IsWordAt(other.FirstToken - 1, "and") || v.IsPunct(other.FirstToken - 1, ','));
            if (!joined)
            {
                break;
            }

            k = other.EndToken;
        }

        // "Jordan Smith, 18, was shot", "the victim, 53-year-old Ann Lee, died", "were both shot"
        if (NumberGrammar.PredicateAfter(context.Lexicons, v, k) is int j && context.Marks.MeasureAt(j, out var cue) && !cue.Value.Adjacent
            && !NumberGrammar.IsPluralNoun(v, cue))
        {
            return CueScanner.IsActiveWithObject(context, cue) ? null : CueScanner.ToCue(cue, j);
        }

        return null;
    }

    /// <summary>"was shot in the head and died", "was shot and later died at a hospital": a death word in the same clause, before another number.</summary>
    private static bool DiesInClause(FigureContext context, int from)
    {
        var v = context.View;
        int next = context.Index + 1 < context.Mentions.Count ? context.Mentions[context.Index + 1].FirstToken : v.End;
        for (int j = from + 1; j < Math.Min(Math.Min(v.End, next), from + DeathWindow); j++)
        {
            if (v.IsPunct(j, ';') || v.IsPunct(j, '.') || context.Marks.Has(j, WordRole.Subordinator))
            {
                return false;
            }

            if (context.Marks.MeasureAt(j, out var cue) && cue.Value.Measure == Measure.Killed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "another boy was shot", "a woman was also shot but survived", "shot and in critical condition": a person shot who is
    /// not among the dead. Without such a word a person shot may be the one who died, and the ledger counts them once.
    /// </summary>
    private static bool Survived(FigureContext context)
    {
        var v = context.View;
        for (int j = v.First; j < v.End; j++)
        {
            if (context.Marks.Has(j, WordRole.Survivor))
            {
                return true;
            }
        }

        return false;
    }

    private static string? HeadNoun(FigureContext context)
    {
        var v = context.View;
        int last = context.Mention.EndToken - 1;
        return v[last].IsWord && v.IsIn(context.Lexicons.PersonNouns, last) ? v.Lower(last) : null;
    }
}
