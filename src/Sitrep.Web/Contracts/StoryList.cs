namespace Sitrep.Web.Contracts;

/// <summary>A page of stories (<c>GET /api/stories</c>), most recently updated first: at most <c>limit</c>, the total, and the cursor of the next page (null on the last).</summary>
public sealed record StoryList(IReadOnlyList<StoryListItem> Stories, long Total, int Limit, string? NextCursor);
