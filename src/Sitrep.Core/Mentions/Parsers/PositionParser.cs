using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>A position in a series, read whole: "Image 4 of 11", "Photo 1 of 5", "page 2 of 3", "part 3 of 4". Neither number is an amount.</summary>
public sealed class PositionParser : IMentionParser
{
    private static readonly string[] Series = ["image", "photo", "picture", "slide", "page", "video", "part", "chapter", "episode", "step", "game", "item"];

    public Mention? TryParse(in TokenView v, int i) =>
        v[i].IsNumber && v.IsAnyWord(i - 1, Series) && v.IsWordAt(i + 1, "of") && i + 2 < v.End && v[i + 2].IsNumber
            ? Mention.Of(v, i, i + 3, 0, MentionKind.Other)
            : null;
}
