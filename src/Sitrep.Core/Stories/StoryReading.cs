namespace Sitrep.Core.Stories;

/// <summary>
/// What story grouping reads from one report alone (its headline and weighted terms), made by
/// <see cref="StoryClusterer.Read"/> on any thread ahead of <see cref="StoryClusterer.Add(Article, StoryReading)"/>.
/// </summary>
public sealed class StoryReading
{
    internal StoryReading(string? headline, List<ArticleTerm> terms)
    {
        Headline = headline;
        Terms = terms;
    }

    internal string? Headline { get; }

    internal List<ArticleTerm> Terms { get; }
}
