namespace Sitrep.Core;

/// <summary>What a block of an article is. Only <see cref="Title"/> and <see cref="Body"/> are read for figures.</summary>
public enum BlockRole
{
    Body,
    Title,
    /// <summary>A section heading inside the article ("KARABAKH").</summary>
    Heading,
    /// <summary>A photo or video caption.</summary>
    Caption,
    /// <summary>"With reporting by …", "(Editing by …)", photo credits.</summary>
    Credit,
    /// <summary>A link to another article: "SEE ALSO: …", "Read more: …", a related headline.</summary>
    RelatedLink,
    /// <summary>Player leftovers: "Your browser doesn't support HTML5" and the media title after it.</summary>
    Media,
    /// <summary>Other page furniture: share bars, newsletter prompts, copyright lines.</summary>
    Boilerplate,
    /// <summary>A byline ("By Jane Doe").</summary>
    Byline,
    /// <summary>A paragraph that repeats an earlier one of the same article.</summary>
    Repeat,
    /// <summary>
    /// Where a page of a paged document (a PDF) starts: an empty span at the first character of the page's text,
    /// inside a paragraph when one runs on from the page before. Never read; it tells a figure's page (<see cref="ArticlePages"/>).
    /// </summary>
    PageStart,
}
