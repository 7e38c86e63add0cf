namespace Sitrep.Core.Figures;

/// <summary>What the grammar around a number says it counts, before source and time are attached.</summary>
/// <param name="Anchor">The token whose clause decides source and time: the measure word when there is one, else the number.</param>
/// <param name="DerivedValue">A value worked out from the sentence instead of the number written ("five shot, two fatally": 3 injured on "five"); see <see cref="FigureFlags.Derived"/>.</param>
public sealed record FigureReading(
    Measure Measure,
    string Unit,
    Qualifier Qualifier,
    string? Subject,
    string? Event,
    FigureFlags Flags,
    int Anchor,
    int? InheritedFrom,
    string? Aspect = null,
    double? DerivedValue = null);
