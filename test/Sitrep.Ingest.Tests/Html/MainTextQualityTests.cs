using System.Globalization;
using Sitrep.Core;
using Sitrep.Ingest.Html;
using Xunit;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>
/// Main-text quality on real pages whose article text people marked by hand: token-level F1 of the
/// body and headings we keep against the marked text (titles, captions, credits and bylines are
/// not main text on either side). Well-known extractors reach about 0.90–0.95 on such sets.
/// </summary>
public sealed class MainTextQualityTests
{
    private readonly HtmlArticleReader _reader = new();

    [Fact]
    public void Main_text_of_marked_pages_reaches_average_token_F1_of_0_90()
    {
        var pages = GoldPages.All();
        Assert.True(pages.Count >= 19, $"expected the 19 marked pages, found {pages.Count}");
        var output = TestContext.Current.TestOutputHelper!;
        var scores = new List<(GoldPage Page, double F1)>();
        foreach (var page in pages)
        {
            var outcome = _reader.Read(page.PagePath);
            string main = outcome.Article is { } article ? MainText(article) : "";
            var (precision, recall, f1) = TokenF1.Score(main, page.GoldText);
            scores.Add((page, f1));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page.Corpus,-12} {page.Name,-14} F1 {f1:0.000}  (precision {precision:0.000}, recall {recall:0.000}){(outcome.Failure is { } f ? "  " + f.Message : "")}"));
        }

        foreach (var corpus in scores.GroupBy(s => s.Page.Corpus))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{corpus.Key,-12} average F1 {corpus.Average(s => s.F1):0.000} over {corpus.Count()} page(s)"));
        }

        double average = scores.Average(s => s.F1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all          average F1 {average:0.000} over {scores.Count} page(s)"));
        Assert.True(average >= 0.90, string.Create(CultureInfo.InvariantCulture, $"average token F1 {average:0.000} is under 0.90"));
    }

    /// <summary>The article's main text: body and heading blocks.</summary>
    internal static string MainText(Article article) =>
        string.Join("\n\n", article.Blocks
            .Where(b => b.Role is BlockRole.Body or BlockRole.Heading)
            .Select(b => article.Text.Substring(b.Span.Start, b.Span.Length)));
}
