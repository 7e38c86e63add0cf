namespace Sitrep.Core.Stories;

/// <summary>An open story: its title, size, time span and the names and event words that weigh most in it.</summary>
public sealed record StorySummary(string Id, string Title, int ArticleCount, DateTime? First, DateTime? Last, IReadOnlyList<string> KeyTerms);
