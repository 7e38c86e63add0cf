namespace Sitrep.Core.Stories;

/// <summary>Where <see cref="StoryClusterer.Add"/> put an article.</summary>
/// <param name="StartedStory">The article starts a new story (no open story scored <see cref="StoryClustererOptions.JoinThreshold"/>).</param>
/// <param name="Score">The best story's score (cosine × time factor), 0 when there was no candidate.</param>
/// <param name="StorySize">The story's article count, this one included.</param>
public sealed record StoryAssignment(string ArticleId, string StoryId, string StoryTitle, bool StartedStory, double Score, int StorySize);
