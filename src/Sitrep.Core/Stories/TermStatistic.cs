namespace Sitrep.Core.Stories;

/// <summary>How many articles held a term (its document frequency).</summary>
/// <param name="Term">The term with its kind prefix (see <see cref="StoryTermWeight.Term"/>).</param>
public sealed record TermStatistic(string Term, int DocumentFrequency);
