using System.Text;
using Sitrep.Core;
using Sitrep.Ingest.Dumps;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Dumps;

public sealed class JsonLinesDumpReaderTests
{
    [Fact]
    public void Good_lines_become_articles_and_a_bad_line_is_a_failure_naming_file_and_line()
    {
        using var folder = new TempFolder();
        string dump = folder.File("crawl.jsonl", string.Join("\n",
            """{"id":"a1","title":"Quake toll rises","maintext":"At least 40 people died.\nRescuers searched the rubble.","date_publish":"2023-09-08 22:11:00","url":"https://www.news.example/quake","source_domain":"news.example","language":"en"}""",
            """{"title":"Broken line","text": "unterminated""",
            "",
            """{"title":"No text here","url":"https://news.example/empty"}""",
            """{"text":"Floods displaced 1,200 people.","title":"Floods","url":"https://news.example/floods"}"""));

        var outcomes = new JsonLinesDumpReader().Read(dump).ToList();

        Assert.Equal(4, outcomes.Count);
        var quake = outcomes[0].Article!;
        Assert.Equal("a1", quake.Id);
        Assert.Equal("Quake toll rises\n\nAt least 40 people died.\n\nRescuers searched the rubble.", quake.Text);
        Assert.Equal([BlockRole.Title, BlockRole.Body, BlockRole.Body], quake.Blocks.Select(b => b.Role));
        Assert.Equal("At least 40 people died.", quake.Text.Substring(quake.Blocks[1].Span.Start, quake.Blocks[1].Span.Length));
        Assert.Equal("2023-09-08T22:11", quake.Published?.ToIso());
        Assert.Equal(("news.example", "en", "https://www.news.example/quake"), (quake.Outlet, quake.Language, quake.Url));
        Assert.Equal($"{dump}:2", outcomes[1].Failure!.Input);
        Assert.StartsWith("not a JSON object", outcomes[1].Failure!.Message, StringComparison.Ordinal);
        Assert.Equal($"{dump}:4", outcomes[2].Failure!.Input);
        Assert.Contains("no \"text\" or \"maintext\"", outcomes[2].Failure!.Message, StringComparison.Ordinal);
        Assert.Equal("news.example", outcomes[3].Article!.Outlet);
        Assert.StartsWith("news.example-floods-", outcomes[3].Article!.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Floods \\ud800 in Tarn", "Floods \uFFFD in Tarn")]
    [InlineData("Low \\udc00 alone", "Low \uFFFD alone")]
    [InlineData("Wave \\ud83c\\udf0a kept", "Wave \U0001F30A kept")]
    [InlineData("Two \\ud800\\ud800 highs", "Two \uFFFD\uFFFD highs")]
    public void An_escaped_lone_surrogate_becomes_a_replacement_character_not_a_crash(string title, string expected)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{{\"title\":\"{title}\",\"text\":\"Twelve people died in the floods.\"}}"));

        var outcome = Assert.Single(new JsonLinesDumpReader().Read(stream, "dump.jsonl"));

        Assert.Equal(expected, outcome.Article!.Title);
    }

    [Fact]
    public void A_line_over_the_cap_is_refused_and_the_next_line_still_read()
    {
        string huge = $$"""{"title":"Huge","text":"{{new string('x', 5000)}}"}""";
        string small = """{"title":"Small","text":"Two people were injured."}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(huge + "\n" + small + "\n"));

        var outcomes = new JsonLinesDumpReader(maxLineBytes: 1000).Read(stream, "dump.jsonl").ToList();

        Assert.Equal(("dump.jsonl:1", "line too long"), (outcomes[0].Failure!.Input, outcomes[0].Failure!.Message));
        Assert.Equal("Small", outcomes[1].Article!.Title);
    }

    [Theory]
    [InlineData("""{"title":"T","maintext":"x","date_publish":"2020-01-01"}""", JsonLinesKind.Dump)]
    [InlineData("""{"id":"a","file":"articles/a.txt","outlet":"X"}""", JsonLinesKind.Manifest)]
    [InlineData("""{"doc":"a","value":68,"measure":"killed","text":"68 were killed.","source":"ombudsman"}""", JsonLinesKind.Other)]
    [InlineData("not json", JsonLinesKind.Other)]
    public void First_line_tells_a_dump_from_a_manifest_or_other_records(string line, JsonLinesKind expected) =>
        Assert.Equal(expected, JsonLinesDumpReader.Sniff(line));
}
