using Sitrep.Core.Mentions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Figures;

/// <summary>
/// People shot and those of them who died, in one sentence: "Five people were shot, two fatally", "Four people were
/// shot, one of whom died", "The gunman shot six people, killing two". The dead are killed (not a sub-count: they are the
/// whole toll of the shooting), and the number shot becomes the wounded who lived, five minus two, flagged
/// <see cref="FigureFlags.Derived"/>. Alone, "N people were shot" stays N injured: wounded by gunfire.
/// </summary>
public static class GunfireRule
{
    public static void Apply(in TokenView v, IReadOnlyList<Mention> mentions, IList<FigureReading> readings)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(readings);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (readings[i].Aspect == ShotAspect && Others(v, mentions[i]))
            {
                readings[i] = readings[i] with { Aspect = null }; // "three others were shot": none of them is among the dead
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            var shot = readings[i];
            if (shot.Measure != Measure.Injured || shot.Unit != Vocabulary.People || mentions[i].Kind != MentionKind.Count || !v.IsWordAt(shot.Anchor, "shot"))
            {
                continue;
            }

            for (int j = i + 1; j < mentions.Count; j++)
            {
                var died = readings[j];
                if (died.Measure != Measure.Killed || mentions[j].Kind != MentionKind.Count || mentions[j].Value > mentions[i].Value
                    || !AmongTheShot(v, mentions[i], mentions[j], died))
                {
                    continue;
                }

                double lived = mentions[i].Value - mentions[j].Value;
                readings[j] = died with { Flags = died.Flags & ~FigureFlags.SubCount };
                readings[i] = lived > 0
                    ? shot with { Flags = shot.Flags | FigureFlags.Derived, DerivedValue = lived }
                    : shot with { Measure = Measure.Other };
                break;
            }
        }
    }

    /// <summary>The aspect of an injured figure that counts everyone shot, the dead among them ("five people were shot").</summary>
    public const string ShotAspect = "shot";

    /// <summary>"three others", "two more", "another four": people counted apart from those named before.</summary>
    private static bool Others(in TokenView v, Mention mention) =>
        v.IsAnyWord(mention.EndToken, "others", "other", "more") || v.IsWordAt(mention.FirstToken - 1, "another");

    /// <summary>"two fatally", "one of whom died", "two of them died", "…, killing two": the dead are a part of those shot.</summary>
    private static bool AmongTheShot(in TokenView v, Mention shot, Mention died, FigureReading reading)
    {
        if (v.IsWordAt(died.EndToken, "fatally") || (v.IsWordAt(died.EndToken, "of") && v.IsAnyWord(died.EndToken + 1, "them", "whom", "those")))
        {
            return true;
        }

        // "shot six people, killing two": the participle right before the second number, no "other" after it.
        return v.IsWordAt(died.FirstToken - 1, "killing") && died.FirstToken - shot.EndToken <= 6 && !v.IsAnyWord(died.EndToken, "others", "other", "more")
               && reading.Anchor == died.FirstToken - 1;
    }
}
