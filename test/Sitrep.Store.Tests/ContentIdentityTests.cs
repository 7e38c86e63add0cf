using Sitrep.Core;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>What makes two reports the same: normalised content and canonical source.</summary>
public sealed class ContentIdentityTests
{
    [Theory]
    [InlineData("At least 20 people died.", "  At least 20\r\n\tpeople died.\n")]
    [InlineData("At least 20 people died.", "\uFEFFAt least 20 peo\u00ADple\u200B died.")]
    public void Layout_and_invisible_characters_do_not_change_the_content_hash(string a, string b) =>
        Assert.Equal(ContentHash.Of(a), ContentHash.Of(b));

    [Theory]
    [InlineData("At least 20 people died.", "At least 21 people died.")]
    [InlineData("At least 20 people died.", "at least 20 people died.")]
    [InlineData("At least 20 people died.", "At least 20 peopledied.")]
    public void Any_change_of_a_word_or_number_changes_the_content_hash(string a, string b) =>
        Assert.NotEqual(ContentHash.Of(a), ContentHash.Of(b));

    [Theory]
    [InlineData("HTTPS://News.Example:443/a/B?x=1#top", "https://news.example/a/B?x=1")]
    [InlineData("http://news.example:8080/a", "http://news.example:8080/a")]
    [InlineData("not a url", "not a url")]
    public void Urls_are_compared_by_their_canonical_form(string url, string expected) =>
        Assert.Equal(expected, SourceKey.CanonicalUrl(url));

    [Fact]
    public void A_report_without_url_is_known_by_its_file_and_a_huge_key_by_its_hash()
    {
        using var folder = new TempFolder();
        string file = folder.File("a.txt", "x");
        var article = new Article { Id = "a", Text = "x", Origin = file };

        Assert.Equal(file, SourceKey.Of(article));
        Assert.Null(SourceKey.Of(article with { Origin = null }));
        Assert.StartsWith("sha256:", SourceKey.Of(article with { Url = "https://x.example/" + new string('q', 5000) }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pasted text")]
    [InlineData("upload: notes.txt")]
    [InlineData("news.jsonl:3")]
    [InlineData("/data/day2/news.jsonl:3")]
    [InlineData("feed.xml (item 2)")]
    [InlineData("/no/such/file.txt")]
    public void An_origin_that_is_not_a_file_of_its_own_is_no_identity(string origin) =>
        Assert.Null(SourceKey.Of(new Article { Id = "a", Text = "x", Origin = origin }));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\0b", "a\uFFFDb")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    public void Storable_text_replaces_only_what_a_store_cannot_keep_one_for_one(string text, string expected)
    {
        string storable = StorableText.MakeStorable(text);

        Assert.Equal(expected, storable);
        Assert.Equal(text.Length, storable.Length);
        Assert.True(StorableText.IsStorable(storable));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        // Not theory data: the test runner cannot carry a lone surrogate in a serialised argument.
        string[] texts = ["lone \uD800 high", "lone \uDC00 low", "end \uD83D"];

        Assert.Equal(["lone \uFFFD high", "lone \uFFFD low", "end \uFFFD"], texts.Select(StorableText.MakeStorable));
        Assert.All(texts, t => Assert.False(StorableText.IsStorable(t)));
    }

    [Fact]
    public void The_first_problem_is_found_past_pairs_and_far_into_a_long_text()
    {
        string longClean = new('x', 5000);
        string[] texts = ["\uD83D\uDE00\0", "\uD83D\uDE00\uD83D\uDE00\uDC00", "\uDC00\uD800", longClean + "\uD800", longClean + "\uD83D\uDE00"];

        Assert.Equal([2, 4, 0, 5000, -1], texts.Select(StorableText.FirstProblem));
        Assert.Equal("\uFFFD\uFFFD", StorableText.MakeStorable("\uDC00\uD800"));
    }
}
