namespace Sitrep.Core.Figures;

/// <summary>A measure word found for a number: its measure, where it stands, and what the lexicon says of it.</summary>
public readonly record struct Cue(Measure Measure, int Token, bool SubCount, string? Aspect = null);
