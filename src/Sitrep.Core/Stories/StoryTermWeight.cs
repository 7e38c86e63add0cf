namespace Sitrep.Core.Stories;

/// <summary>One term of a story profile and its accumulated weight (before inverse document frequency).</summary>
/// <param name="Term">The term with its kind prefix: <c>n:</c> name, <c>e:</c> event, <c>f:</c> figure, <c>w:</c> word.</param>
public sealed record StoryTermWeight(string Term, double Weight);
