using Sitrep.Core.Lexicons;
using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// Marks, in one sentence, the figure the text says corrects an earlier count (<see cref="FigureFlags.Revises"/>) and the
/// earlier count quoted beside it (<see cref="FigureFlags.Superseded"/>), from the phrases of <c>revisions.tsv</c>:
/// "the number of confirmed deaths is 68 -- far lower than previous reports that had put the number as high as 125"
/// gives 68 revises, 125 superseded; "the toll was revised down to 68 from 125" the same.
/// </summary>
public sealed class RevisionReader
{
    /// <summary>How far before a figure a "previous reports" phrase still makes it the earlier count.</summary>
    private const int SupersededWindow = 10;

    private readonly LexiconSet _lexicons;

    public RevisionReader(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <summary>Adds the two flags to <paramref name="readings"/> (one per mention, in place).</summary>
    public void Mark(TokenView v, IReadOnlyList<Mention> mentions, IList<FigureReading> readings)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(readings);
        List<int>? revises = null, superseders = null;
        for (int j = v.First; j < v.End; j++)
        {
            if (v[j].IsWord && _lexicons.Revisions.TryMatchAt(v.Text, v.Tokens, j, v.End, out var cue))
            {
                if (cue.Value.HasFlag(RevisionCue.Revises))
                {
                    (revises ??= []).Add(j);
                }

                if (cue.Value.HasFlag(RevisionCue.Superseded))
                {
                    (superseders ??= []).Add(cue.End);
                }

                j = cue.End - 1;
            }
        }

        if (revises is null && superseders is null)
        {
            return;
        }

        revises ??= [];
        superseders ??= [];

        for (int i = 0; i < mentions.Count; i++)
        {
            int start = mentions[i].FirstToken;
            bool quotedEarlier = superseders.Exists(end => end <= start && start - end <= SupersededWindow)
                || (revises.Count > 0 && ComparedFrom(v, start));
            if (quotedEarlier)
            {
                readings[i] = readings[i] with { Flags = readings[i].Flags | FigureFlags.Superseded };
            }
        }

        foreach (int cue in revises)
        {
            int nearest = -1, best = int.MaxValue;
            for (int i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (!m.CanBeFigure || readings[i].Measure == Measure.Other || readings[i].Flags.HasFlag(FigureFlags.Superseded))
                {
                    continue;
                }

                int distance = cue < m.FirstToken ? m.FirstToken - cue : Math.Max(0, cue - m.EndToken + 1);
                if (distance < best)
                {
                    (nearest, best) = (i, distance);
                }
            }

            if (nearest >= 0)
            {
                readings[nearest] = readings[nearest] with { Flags = readings[nearest].Flags | FigureFlags.Revises };
            }
        }
    }

    /// <summary>"from 125", "down from 125", "from as many as 125": the value a revision started from.</summary>
    private bool ComparedFrom(TokenView v, int figureStart)
    {
        int k = figureStart - 1;
        if (k >= v.First && _lexicons.Hedges.TryMatchEndingAt(v.Text, v.Tokens, figureStart, v.First, out var hedge))
        {
            k = hedge.Start - 1;
        }

        return v.IsWordAt(k, "from");
    }
}
