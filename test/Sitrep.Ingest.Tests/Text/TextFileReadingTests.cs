using Sitrep.Ingest.Text;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Text;

/// <summary>
/// A report file read in one open: its text, or a refusal that names the file and says why (missing, a folder, empty,
/// over the size limit), with the same codes the checks gave when they looked at the path before reading it.
/// </summary>
public sealed class TextFileReadingTests
{
    [Fact]
    public void A_file_is_read_whole()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "2024-05-02-floods.txt");
        string text = "Floods cut off 1,200 families. " + new string('x', 70_000) + " Rescuers reached them on Tuesday.";
        File.WriteAllText(path, text);

        var outcome = new TextArticleReader().Read(path);

        Assert.Null(outcome.Failure);
        Assert.Equal(text, outcome.Article!.Text.TrimEnd());
        Assert.Equal("2024-05-02-floods", outcome.Article.Id);
    }

    [Fact]
    public void A_short_file_read_after_a_long_one_holds_only_its_own_text()
    {
        // The bytes of each file go to a pooled buffer, bigger than a short file: nothing of the file before may follow.
        using var folder = new TempFolder();
        string longPath = Path.Combine(folder.Path, "long.txt"), shortPath = Path.Combine(folder.Path, "short.txt");
        File.WriteAllText(longPath, "Landslides buried 40 homes. " + new string('y', 9_000));
        File.WriteAllText(shortPath, "Nine people were rescued.");
        var reader = new TextArticleReader();

        Assert.Null(reader.Read(longPath).Failure);
        var outcome = reader.Read(shortPath);
        Assert.Null(reader.Read(longPath).Failure);

        Assert.Equal("Nine people were rescued.", outcome.Article!.Text.TrimEnd());
    }

    [Fact]
    public void A_file_bigger_than_one_report_can_be_is_refused_whatever_the_limit()
    {
        // A sparse file of 3 GB (no disk used): over what one buffer holds, so too large even under --max-size 100000.
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(3L << 30);
        }

        var failure = new TextArticleReader(long.MaxValue).Read(path).Failure;

        Assert.NotNull(failure);
        Assert.Equal("too-large", failure.Code);
        Assert.Contains("one report can be", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", null, 100, "not-found")]
    [InlineData("empty.txt", "", 100, "empty")]
    [InlineData("big.txt", "Two hundred families were moved.", 10, "too-large")]
    public void A_file_that_is_no_report_is_refused_by_name(string name, string? content, long maxBytes, string code)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, name);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        var failure = new TextArticleReader(maxBytes).Read(path).Failure;

        Assert.NotNull(failure);
        Assert.Equal(code, failure.Code);
        Assert.Equal(path, failure.Input);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_refused_as_not_found()
    {
        using var folder = new TempFolder();

        var failure = new TextArticleReader().Read(folder.Path).Failure;

        Assert.NotNull(failure);
        Assert.Equal("not-found", failure.Code);
        Assert.Contains("folder", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true, "NUL")]
    [InlineData(1, true, "mostly control bytes")]
    [InlineData(2, false, null)]
    [InlineData(3, false, null)]
    public void Control_bytes_but_line_ends_tabs_and_form_feeds_mark_a_binary_file(int sample, bool binary, string? why)
    {
        // 0: a NUL late in the probe; 1: one control byte in ten (a byte stream, no NUL); 2: a text of short lines, tabs
        // and form feeds; 3: a text with a few stray control bytes (fewer than one in twenty).
        byte[] bytes = sample switch
        {
            0 => [.. System.Text.Encoding.UTF8.GetBytes(new string('a', 5000)), 0, (byte)'b'],
            1 => [.. Enumerable.Range(0, 4000).Select(k => k % 10 == 0 ? (byte)0x02 : (byte)'q')],
            2 => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Two\tfamilies\r\nfled.\n\f", 400))),
            _ => [.. Enumerable.Range(0, 4000).Select(k => k % 30 == 0 ? (byte)0x1B : (byte)'q')],
        };

        var outcome = new TextArticleReader().ReadBytes("sample", bytes, "sample.txt");

        Assert.Equal(binary ? "binary" : null, outcome.Failure?.Code);
        if (why is not null)
        {
            Assert.Contains(why, outcome.Failure!.Message, StringComparison.Ordinal);
        }
    }
}
