namespace Sitrep.Testing;

/// <summary>A figure as a scorer sees it: the fields of the figure record that are judged.</summary>
public sealed record PredictedFigure(string Doc, double Value, string Unit, string Measure, string Qualifier, string? Source, string? AsOf, int Start, int End, string Text);
