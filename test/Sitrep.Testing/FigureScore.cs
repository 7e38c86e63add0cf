using System.Globalization;

namespace Sitrep.Testing;

/// <summary>Precision, recall and F1 of predicted figures against gold, plus the accuracy of qualifier, source and as-of on matches.</summary>
public sealed record FigureScore(int TruePositives, int FalsePositives, int FalseNegatives, double? QualifierAccuracy, double? SourceAccuracy, double? AsOfAccuracy, IReadOnlyList<string> Errors)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"tp={TruePositives} fp={FalsePositives} fn={FalseNegatives} P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} qualifier={QualifierAccuracy:0.000} source={SourceAccuracy:0.000} as_of={AsOfAccuracy:0.000}");
}
