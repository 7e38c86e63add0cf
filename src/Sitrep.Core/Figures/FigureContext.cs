using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// The reading of one number as the <see cref="IFigureReader"/>s build it: the sentence, the number, and what has been
/// read so far. A working draft of one <see cref="FigureGrammar.Read"/> call; the <see cref="SentenceMarks"/> of a report
/// lend the same one to each of its numbers in turn (<see cref="Reset"/>), never to two threads.
/// </summary>
public sealed class FigureContext
{
    public FigureContext(SentenceMarks marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        Marks = marks;
        Mentions = [];
        Earlier = [];
        Unit = Vocabulary.People;
    }

    /// <summary>Starts the reading of mention <paramref name="index"/>, forgetting the one before.</summary>
    public FigureContext Reset(IReadOnlyList<Mention> mentions, int index, IReadOnlyList<FigureReading?> earlier, FigureReading? previousSentence)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(earlier);
        Mentions = mentions;
        Index = index;
        Earlier = earlier;
        PreviousSentence = previousSentence;
        Qualifier = Qualifier.None;
        HedgeStart = Mention.FirstToken;
        Flags = FigureFlags.None;
        Event = null;
        Head = default;
        Partitive = default;
        Unit = Vocabulary.People;
        Cue = null;
        Measure = Measure.Other;
        Aspect = null;
        Anchor = Mention.FirstToken;
        InheritedFrom = null;
        Listed = false;
        Subject = null;
        Result = null;
        return this;
    }

    public SentenceMarks Marks { get; }

    public TokenView View => Marks.View;

    public LexiconSet Lexicons => Marks.Lexicons;

    public IReadOnlyList<Mention> Mentions { get; private set; }

    public int Index { get; private set; }

    public Mention Mention => Mentions[Index];

    /// <summary>The readings of the sentence's numbers before this one.</summary>
    public IReadOnlyList<FigureReading?> Earlier { get; private set; }

    /// <summary>The last counted figure of the sentence before, for "The figure rose from 46,000".</summary>
    public FigureReading? PreviousSentence { get; private set; }

    public Qualifier Qualifier { get; set; }

    /// <summary>The first token of the hedge before the number, or of the number when there is none.</summary>
    public int HedgeStart { get; set; }

    /// <summary>The token right before the number and its hedge.</summary>
    public int Before => Math.Min(HedgeStart, Mention.FirstToken) - 1;

    public FigureFlags Flags { get; set; }

    public string? Event { get; set; }

    public Head Head { get; set; }

    public Partitive Partitive { get; set; }

    public bool IsShare => Mention.Kind == MentionKind.Share;

    public string Unit { get; set; }

    public Cue? Cue { get; set; }

    public Measure Measure { get; set; }

    public string? Aspect { get; set; }

    /// <summary>The token whose clause decides source and time: the measure word when there is one, else the number.</summary>
    public int Anchor { get; set; }

    public int? InheritedFrom { get; set; }

    /// <summary>The number is listed after "including", "among", "them" or "whom".</summary>
    public bool Listed { get; set; }

    public string? Subject { get; set; }

    /// <summary>Set by a reader that settles the whole reading; no reader after it runs.</summary>
    public FigureReading? Result { get; set; }

    /// <summary>A reading that counts nothing humanitarian, keeping the hedge and flags read so far.</summary>
    public FigureReading Other() =>
        new(Measure.Other, IsShare ? Vocabulary.Percent : Vocabulary.People, Qualifier, null, null, Flags, Mention.FirstToken, null);

    public FigureReading Build() => new(Measure, Unit, Qualifier, Subject, Event, Flags, Anchor, InheritedFrom, Aspect);
}
