namespace Sitrep.Store;

/// <summary>Where a figure stands in the store's figure order (article version, then its place in the text): where the next page of figures starts after it.</summary>
public sealed record FigurePosition(long VersionKey, int Ordinal);
