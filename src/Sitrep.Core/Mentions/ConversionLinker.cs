using Sitrep.Core.Text;

namespace Sitrep.Core.Mentions;

/// <summary>"5 million euros ($5.28 million)", "700 million yen, or about $4.7 million,": the second amount is the same money in another currency.</summary>
public static class ConversionLinker
{
    public static void Link(in TokenView v, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        for (int m = 1; m < mentions.Count; m++)
        {
            var a = mentions[m - 1];
            var b = mentions[m];
            if (a.Kind != MentionKind.Money || b.Kind != MentionKind.Money || a.Currency == b.Currency)
            {
                continue;
            }

            int k = a.EndToken;
            bool opened = false;
            if (v.Is(k, "(") || v.Is(k, "["))
            {
                opened = true;
                k++;
            }
            else if (v.Is(k, ",") && v.IsWordAt(k + 1, "or"))
            {
                k += 2;
            }
            else if (v.IsWordAt(k, "or"))
            {
                k++;
            }
            else
            {
                continue;
            }

            // Allow a hedge word or two: "(about $5.4 million)".
            if (b.FirstToken - k <= 2 && (opened || b.FirstToken - a.EndToken <= 4))
            {
                mentions[m] = b with { ConversionOf = m - 1 };
            }
        }
    }
}
