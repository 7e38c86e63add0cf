namespace Sitrep.Core.Places;

/// <summary>One country's outline: its ISO 3166-1 alpha-2 code (or name, for an outline without one), SVG path in degrees, and box.</summary>
public sealed record CountryOutline(string Code, string Path, (double MinX, double MinY, double MaxX, double MaxY) Box);
