using Sitrep.Core;
using Sitrep.Core.Ledger;

namespace Sitrep.Store;

/// <summary>Builds a stored story's ledger from its stored reports and figures.</summary>
public static class StoreLedgers
{
    /// <summary>The story's ledger, or null when the store has no such story.</summary>
    public static StoryLedger? BuildLedger(this IStoreReader reader, string storyId, LedgerPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(pipeline);
        var story = reader.GetStory(storyId);
        return story is null ? null : BuildLedger(story, pipeline);
    }

    /// <summary>The ledger of a story already read from the store.</summary>
    public static StoryLedger BuildLedger(StoryContents story, LedgerPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(pipeline);
        var members = story.Articles
            .Select(a => (a.Article, new ExtractionResult(a.Article.Id, a.Figures, [], a.Article.Published)))
            .ToList();
        return pipeline.BuildStory(story.Story.Id, story.Story.Title ?? story.Story.Id, members);
    }
}
