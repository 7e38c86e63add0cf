using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions.Parsers;

/// <summary>
/// Numbers joined by slashes: a date ("03/12/14", "1/15/2016", "3/12"), or a position or score ("1 / 5" under a photo,
/// "24/7"). None is an amount; they are read whole so that no part becomes one.
/// </summary>
public sealed class SlashNumberParser : IMentionParser
{
    public Mention? TryParse(in TokenView v, int i)
    {
        if (!v[i].IsNumber || !v.Is(i + 1, "/") || i + 2 >= v.End || !v[i + 2].IsNumber || (i > v.First && v.Is(i - 1, "/")))
        {
            return null;
        }

        bool spaced = v[i + 1].SpaceBefore || v[i + 2].SpaceBefore;
        int end = i + 3;
        int parts = 2;
        if (!spaced && v.Is(end, "/") && !v[end].SpaceBefore && end + 1 < v.End && v[end + 1].IsNumber && !v[end + 1].SpaceBefore)
        {
            end += 2;
            parts = 3;
        }

        bool date = !spaced && (parts == 3 || (Small(v, i, 12) && Small(v, i + 2, 31) && !v.IsWordAt(end, "of")));
        return Mention.Of(v, i, end, 0, date ? MentionKind.Date : MentionKind.Other);
    }

    private static bool Small(in TokenView v, int k, int max) => int.TryParse(v.Span(k), out int n) && n >= 1 && n <= max;
}
