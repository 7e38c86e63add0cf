namespace Sitrep.Core.Stories;

/// <summary>An open story as <see cref="StoryClusterer.ExportState"/> writes it.</summary>
/// <param name="Sequence">The story's rank of creation; breaks ties between stories.</param>
/// <param name="TitleIsHeadline"><c>false</c> while the title is only a label made from a first sentence.</param>
/// <param name="First">Earliest publication time of its articles (local time as the reports give it).</param>
/// <param name="Last">Latest publication time of its articles.</param>
/// <param name="Terms">Its profile, in the clusterer's order (keep it: sums over the profile run in this order).</param>
/// <param name="Places">The main towns of its reports (when the clusterer was given them), in the order they came.</param>
public sealed record StoryProfileState(
    string Id,
    long Sequence,
    string Title,
    bool TitleIsHeadline,
    string FoundingArticleId,
    int ArticleCount,
    DateTime? First,
    DateTime? Last,
    IReadOnlyList<StoryTermWeight> Terms,
    IReadOnlyList<StoryPlace>? Places = null);
