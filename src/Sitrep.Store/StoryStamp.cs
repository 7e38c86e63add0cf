using System.Globalization;
using System.Text;

namespace Sitrep.Store;

/// <summary>
/// What a story's ledger is built from, told cheaply: its title and, for each member report in store order, the
/// current version and how many other places it was seen at. A version's text and figures never change, so two
/// equal stamps mean <see cref="IStoreReader.GetStory"/> gives the same contents, and a ledger built from the one
/// holds for the other. Read with <see cref="IStoreReader.GetStoryStamp"/>, or made from contents already read.
/// </summary>
public sealed record StoryStamp
{
    private readonly string _value;

    private StoryStamp(string value) => _value = value;

    /// <summary>The stamp of contents read with <see cref="IStoreReader.GetStory"/>.</summary>
    public static StoryStamp Of(StoryContents story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var builder = new Builder(story.Story.Title);
        foreach (var member in story.Articles)
        {
            builder.Add(member.Article.Id, member.Version.Number, member.AlsoSeenAt.Count);
        }

        return builder.Build();
    }

    public override string ToString() => _value;

    /// <summary>Makes a stamp member by member, in the order <see cref="IStoreReader.GetStory"/> lists them.</summary>
    internal sealed class Builder(string? title)
    {
        private readonly StringBuilder _text = new StringBuilder().Append(title?.Length ?? -1).Append(':').Append(title).Append('\n');

        public void Add(string articleId, int version, int copies) =>
            _text.Append(CultureInfo.InvariantCulture, $"{articleId.Length}:{articleId} {version} {copies}\n");

        public StoryStamp Build() => new(_text.ToString());
    }
}
