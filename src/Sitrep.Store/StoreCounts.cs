namespace Sitrep.Store;

/// <summary>How much a store holds. <see cref="Figures"/> counts only the figures of current versions.</summary>
public sealed record StoreCounts(long Articles, long Versions, long Figures, long Stories, long Copies);
