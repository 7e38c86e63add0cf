namespace Sitrep.Store;

/// <summary>What an incoming report is to the store.</summary>
public enum ArticleDisposition
{
    /// <summary>Not seen before: stored as a new article, version 1.</summary>
    New,

    /// <summary>Same source (URL) as a stored article, with other content: stored as its next version; the old version's figures stop counting.</summary>
    NewVersion,

    /// <summary>Already kept (same source and content, or the same normalised content from anywhere): nothing is stored again.</summary>
    Unchanged,
}
