using Sitrep.Core.Provenance;
using Xunit;

namespace Sitrep.Core.Tests.Provenance;

public sealed class CopyDetectionTests
{
    private static readonly Article[] Articles =
    [
        Fixture("wire", CopyFixtures.Wire, "Reuters", 8),
        Fixture("verbatim", CopyFixtures.Verbatim, "Daily Hub", 9),
        Fixture("edited", CopyFixtures.Edited, "Coast Times", 10),
        Fixture("spun", CopyFixtures.Spun, "Content Farm", 11),
        Fixture("independent", CopyFixtures.Independent, "Northern Voice", 12),
        Fixture("brief", CopyFixtures.WireBrief, "Reuters", 13),
    ];

    private static readonly StoryProvenance Provenance = new ProvenanceAnalyzer().Analyze(Articles.Reverse());

    [Theory]
    [InlineData("verbatim", CopyKind.Verbatim)]
    [InlineData("edited", CopyKind.LightlyEdited)]
    [InlineData("spun", CopyKind.Reworded)]
    public void Copy_of_the_wire_story_is_classified_by_how_it_copies(string id, CopyKind kind)
    {
        var article = Provenance.Find(id)!;

        var link = Assert.Single(article.Copies, c => c.SourceId == "wire");
        Assert.Equal(kind, link.Kind);
        Assert.Equal(kind, article.CopyOf!.Kind);
    }

    [Theory]
    [InlineData("wire")]
    [InlineData("independent")]
    [InlineData("brief")]
    public void Report_written_apart_copies_nothing_even_when_it_shares_figures(string id)
    {
        Assert.Empty(Provenance.Find(id)!.Copies);
    }

    [Fact]
    public void Articles_are_taken_in_publication_order()
    {
        Assert.Equal(["wire", "verbatim", "edited", "spun", "independent", "brief"], Provenance.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public void Sentences_of_an_edited_copy_point_at_the_wire_sentences_they_repeat()
    {
        var edited = Provenance.Find("edited")!;
        string text = CopyFixtures.Edited;
        var sentence = edited.Sentences.Single(s => text.Substring(s.Span.Start, s.Span.Length).StartsWith("Rescue teams recovered 17 bodies", StringComparison.Ordinal));

        var echo = sentence.Echo!;
        Assert.Equal("wire", echo.ArticleId);
        Assert.StartsWith("Rescue teams recovered 17 bodies", CopyFixtures.Wire.Substring(echo.Span.Start, echo.Span.Length), StringComparison.Ordinal);
        Assert.Equal(CopyKind.Verbatim, echo.Kind);
    }

    [Fact]
    public void Sentences_of_a_reworded_copy_align_with_the_wire_by_names_and_figures()
    {
        var spun = Provenance.Find("spun")!;
        string text = CopyFixtures.Spun;
        var sentence = spun.Sentences.Single(s => text.Substring(s.Span.Start, s.Span.Length).StartsWith("Rescue crews retrieved 17 corpses", StringComparison.Ordinal));

        var echo = sentence.Echo!;
        Assert.Equal(CopyKind.Reworded, echo.Kind);
        Assert.StartsWith("Rescue teams recovered 17 bodies", Text(echo.ArticleId).Substring(echo.Span.Start, echo.Span.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_of_the_independent_report_echo_nothing()
    {
        Assert.All(Provenance.Find("independent")!.Paragraphs, p => Assert.Null(p.Echo));
        Assert.All(Provenance.Find("independent")!.Sentences, s => Assert.Null(s.Echo));
    }

    [Theory]
    [InlineData("wire", "Reuters", "dateline")]
    [InlineData("wire", "Reuters", "credit-line")]
    [InlineData("brief", "Reuters", "dateline")]
    public void Wire_credit_is_found(string id, string wire, string form)
    {
        Assert.Contains(Provenance.Find(id)!.Credits, c => c.Wire == wire && c.Form == form);
    }

    [Theory]
    [InlineData("wire", FigureVerdict.Independent, null, EchoReason.None)]
    [InlineData("verbatim", FigureVerdict.Echo, "wire", EchoReason.ArticleCopied)]
    [InlineData("edited", FigureVerdict.Echo, "wire", EchoReason.ArticleCopied)]
    [InlineData("spun", FigureVerdict.Echo, "wire", EchoReason.ArticleCopied)]
    [InlineData("independent", FigureVerdict.Independent, null, EchoReason.None)]
    [InlineData("brief", FigureVerdict.Echo, "wire", EchoReason.SameWire)]
    public void Death_toll_of_42_is_independent_only_where_it_was_not_copied(string id, FigureVerdict verdict, string? echoOf, EchoReason reason)
    {
        var tolls = Articles.Select(a => Toll(a, "42")).ToList();

        var origin = Provenance.Judge(tolls.Single(f => f.Doc == id), tolls);

        Assert.Equal(verdict, origin.Verdict);
        Assert.Equal(echoOf, origin.EchoOf?.Split(':')[0]);
        Assert.Equal(reason, origin.Reason);
    }

    [Fact]
    public void Figure_of_another_measure_is_not_an_echo()
    {
        var wireToll = Toll(Articles[0], "42");
        var copiedInjured = Toll(Articles[1], "42") with { Measure = Measure.Injured };

        var origin = Provenance.Judge(copiedInjured, [wireToll, copiedInjured]);

        Assert.Equal(FigureVerdict.Independent, origin.Verdict);
    }

    [Fact]
    public void Sentence_copied_from_an_article_that_is_not_a_copy_makes_its_figure_an_echo()
    {
        var wire = Fixture("a", "Officials said at least 42 people died in the floods near Daboya on Monday night.\n\nMore rain is expected.", "One", 8);
        var other = Fixture("b", "A different report from elsewhere.\n\nOfficials said at least 42 people died in the floods near Daboya on Monday night.\n\nResidents described the water rising fast, and many said they had lost everything they owned.\n\nThe army sent trucks.\n\nSchools were closed for the week.", "Two", 9);
        var provenance = new ProvenanceAnalyzer().Analyze([wire, other]);
        var figures = new[] { Toll(wire, "42", provenance), Toll(other, "42", provenance) };

        var origin = provenance.Judge(figures[1], figures);

        Assert.Empty(provenance.Find("b")!.Copies);
        Assert.Equal(EchoReason.PassageCopied, origin.Reason);
    }

    private static Figure Toll(Article article, string quote, StoryProvenance? provenance = null)
    {
        int at = article.Text.IndexOf(quote, StringComparison.Ordinal);
        var sentence = (provenance ?? Provenance).Find(article.Id)!.Sentences.First(s => s.Span.Contains(at)).Span;
        return new Figure
        {
            Doc = article.Id,
            Value = double.Parse(quote, System.Globalization.CultureInfo.InvariantCulture),
            Unit = Vocabulary.People,
            Measure = Measure.Killed,
            Span = new TextSpan(at, quote.Length),
            SentenceSpan = sentence,
            Text = article.Text.Substring(sentence.Start, sentence.Length),
            Quote = quote,
        };
    }

    private static string Text(string id) => Articles.Single(a => a.Id == id).Text;

    private static Article Fixture(string id, string text, string outlet, int hour) => new()
    {
        Id = id,
        Text = text,
        Outlet = outlet,
        Published = new TimePoint(new DateTime(2024, 8, 14, hour, 0, 0), TimePrecision.Minute),
    };
}
