namespace Sitrep.Ingest;

/// <summary>A run of page text the reader left out, and why (for <c>sitrep read --dropped</c>).</summary>
public sealed record DroppedText(string Text, string Reason);
