using System.Text;
using Sitrep.Ingest.Feeds;
using Xunit;

namespace Sitrep.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static string Rss(string separator) =>
        "<?xml version=\"1.0\"?>" + separator + "<rss version=\"2.0\">" + separator + "<channel>" + separator +
        "<title>Tarn Valley Courier</title>" + separator + "<link>https://courier.example/</link>" + separator + "<language>en</language>" + separator +
        string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<item>{separator}<title>Flood update {i}</title>{separator}<link>https://courier.example/{i}</link>{separator}<description>{i * 10} people were evacuated.</description>{separator}</item>{separator}")) +
        "</channel>" + separator + "</rss>";

    private static string Atom(string separator) =>
        "<?xml version=\"1.0\"?>" + separator + "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + separator +
        "<title>Tarn Valley Courier</title>" + separator + "<link href=\"https://courier.example/\"/>" + separator +
        string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<entry>{separator}<id>tag:courier.example,2026:{i}</id>{separator}<title>Flood update {i}</title>{separator}<link href=\"https://courier.example/{i}\"/>{separator}<summary>{i * 10} people were evacuated.</summary>{separator}</entry>{separator}")) +
        "</feed>";

    [Theory]
    [InlineData("rss", "")]
    [InlineData("rss", "\n  ")]
    [InlineData("atom", "")]
    [InlineData("atom", "\n  ")]
    public void Every_item_is_read_with_or_without_white_space_between_tags(string kind, string separator)
    {
        string feed = kind == "rss" ? Rss(separator) : Atom(separator);

        var entries = FeedReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(feed)), 1 << 20).ToList();

        Assert.All(entries, e => Assert.Null(e.Error));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"Flood update {i}"), entries.Select(e => e.Item!.Title));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"https://courier.example/{i}"), entries.Select(e => e.Item!.Link));
        Assert.Equal(("Tarn Valley Courier", "https://courier.example/"), (entries[0].Channel.Title, entries[0].Channel.Link));
    }
}
