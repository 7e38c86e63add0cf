namespace Sitrep.Core.Tests.Stories;

/// <summary>B-cubed precision, recall and F1 of a grouping against a true one (Bagga and Baldwin): per item, the share of its predicted group that is truly with it, and of its true group that is predicted with it.</summary>
internal sealed record BCubed(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BCubed Score(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth)
    {
        var items = truth.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0)
        {
            throw new ArgumentException("No item is in both groupings.", nameof(predicted));
        }

        var predictedGroups = items.GroupBy(i => predicted[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var trueGroups = items.GroupBy(i => truth[i], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        double precision = 0;
        double recall = 0;
        foreach (string item in items)
        {
            var mine = predictedGroups[predicted[item]];
            var real = trueGroups[truth[item]];
            double both = mine.Count(real.Contains);
            precision += both / mine.Count;
            recall += both / real.Count;
        }

        return new BCubed(precision / items.Count, recall / items.Count);
    }

    public override string ToString() => FormattableString.Invariant($"B-cubed precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}");
}
