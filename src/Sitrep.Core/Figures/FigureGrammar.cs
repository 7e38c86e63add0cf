using Sitrep.Core.Figures.Readers;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// Reads what a number counts with an ordered list of small readers (<see cref="Readers"/>): its hedge, whether it is
/// money or goods, a noun that owns it, its head noun and partitive, the measure word that governs it, a figure it is
/// compared with or listed after, whether it is a part of a whole, who it counts, its event. Words come from the
/// lexicons (measures.tsv, nouns.tsv, hedges.tsv, grammar-words.tsv …), so new phrasings need no code.
/// Immutable and thread-safe: each call works on its own <see cref="FigureContext"/>.
/// </summary>
public sealed class FigureGrammar
{
    private readonly LexiconSet _lexicons;

    public FigureGrammar(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
        _readers =
        [
            new HedgeReader(),
            new EventReader(),
            new PersonReader(),
            new AmountReader(),
            new OwnerReader(),
            new HeadReader(),
            new MeasureCueReader(),
            new InheritanceReader(),
            new PartOfWholeReader(),
            new SubjectReader(),
            new EventReader(),
        ];
    }

    private readonly IFigureReader[] _readers;

    /// <summary>The readers, in the order they run.</summary>
    public IReadOnlyList<IFigureReader> Readers => _readers;

    /// <summary>The marks of one sentence, to share between its numbers.</summary>
    public SentenceMarks Mark(TokenView sentence) => new(sentence, _lexicons);

    /// <summary>Reads mention <paramref name="index"/> of a sentence.</summary>
    /// <param name="earlier">The readings of the sentence's mentions before this one.</param>
    /// <param name="previousSentence">The last counted figure of the sentence before, for "The figure rose from 46,000".</param>
    public FigureReading Read(SentenceMarks marks, IReadOnlyList<Mention> mentions, int index, IReadOnlyList<FigureReading?> earlier, FigureReading? previousSentence = null)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var context = marks.Context.Reset(mentions, index, earlier, previousSentence);
        foreach (var reader in _readers) // an array: no enumerator for each number
        {
            reader.Read(context);
            if (context.Result is { } settled)
            {
                return settled;
            }
        }

        return context.Build();
    }

    /// <summary>The event a sentence speaks of, nearest its start: for the counts of the sentences after it that name none.</summary>
    public static string? Event(SentenceMarks marks, int from) => EventReader.Nearest(marks, from);
}
