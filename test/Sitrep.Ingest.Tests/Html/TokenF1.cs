using System.Text;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>Token-level F1 of an extracted text against a marked one: lower-cased words as multisets.</summary>
internal static class TokenF1
{
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    public static (double Precision, double Recall, double F1) Score(string extracted, string gold)
    {
        var ours = Counts(Tokens(extracted));
        var theirs = Counts(Tokens(gold));
        int common = ours.Sum(p => Math.Min(p.Value, theirs.GetValueOrDefault(p.Key)));
        int ourTotal = ours.Values.Sum();
        int goldTotal = theirs.Values.Sum();
        if (common == 0)
        {
            return (0, 0, 0);
        }

        double precision = (double)common / ourTotal;
        double recall = (double)common / goldTotal;
        return (precision, recall, 2 * precision * recall / (precision + recall));
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
