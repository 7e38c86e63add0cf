using Sitrep.Core;
using Sitrep.Ingest.Text;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Text;

/// <summary>Loose report files: dated from their dateline, else their file name, else undated; never from a year in the body.</summary>
public sealed class LooseFileDateTests
{
    [Theory]
    [InlineData("YEREVAN, September 30, 2023 – Thousands more crossed on Saturday.", "YEREVAN", "2023-09-30", true, null)]
    [InlineData("Sept. 30 (Reuters) - The toll rose to 20.", null, "2000-09-30", false, "Reuters")]
    [InlineData("BRENN, April 14 (CPA) – The dam gave way.", "BRENN", "2000-04-14", false, "CPA")]
    [InlineData("KYIV, 3 March 2022 — Shelling went on overnight.", "KYIV", "2022-03-03", true, null)]
    [InlineData("PORT-AU-PRINCE, Haiti, Jan. 13, 2010 (Wire Service) -- Rescuers dug by hand.", "PORT-AU-PRINCE, Haiti", "2010-01-13", true, "Wire Service")]
    [InlineData("Dhaka, May 2, 1991 – The cyclone left thousands homeless.", "Dhaka", "1991-05-02", true, null)]
    [InlineData("OSTREL – Two miners were killed.", "OSTREL", null, false, null)]
    [InlineData("BRENN, April 15 (via CPA) – The EU pledged aid.", "BRENN", "2000-04-15", false, null)]
    public void A_dateline_gives_its_place_date_and_credit(string paragraph, string? place, string? date, bool hasYear, string? credit)
    {
        var dateline = DatelineReader.Read("A headline of the day\n\n" + paragraph);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(hasYear, dateline.HasYear);
        Assert.Equal(credit, dateline.Credit);
    }

    [Theory]
    [InlineData("The Korvan Dam gave way on April 14 – a week after the rains began.")]
    [InlineData("Officials said 20 people died in 1987 - the worst year on record.")]
    [InlineData("In September 30, 2023 terms, the aid was worth – well, little.")]
    [InlineData("Two miners killed, seven trapped after methane blast")]
    public void A_sentence_with_a_date_or_a_dash_is_not_a_dateline(string paragraph) =>
        Assert.Null(DatelineReader.Read(paragraph));

    [Theory]
    [InlineData("A headline\n\nWater fell back, said MATSK, April 16 (CPA) – the mayor.", false)] // mid-paragraph
    [InlineData("A headline\n\nOne\n\nTwo\n\nThree\n\nMATSK, April 16 – Water fell back.", false)] // the fifth paragraph
    [InlineData("A headline\n\n\n\n  \n\nOne\n\nTwo\n\nMATSK, April 16 – Water fell back.", true)] // blank ones not counted
    [InlineData("A headline\n\n  \uFEFFMATSK, April 16 – Water fell back.  ", true)]
    public void Only_the_head_of_the_first_four_paragraphs_is_read(string text, bool read) =>
        Assert.Equal(read, DatelineReader.Read(text) is not null);

    [Fact]
    public void The_dash_must_come_within_the_paragraphs_first_200_characters()
    {
        string late = "MATSK, April 16" + new string(' ', 200) + "– Water fell back.";
        string early = "MATSK, April 16" + new string(' ', 150) + "– Water fell back.";

        Assert.Null(DatelineReader.Read("A headline\n\n" + late));
        Assert.NotNull(DatelineReader.Read("A headline\n\n" + early));
    }

    [Theory]
    [InlineData("MATSK, April 16, 2026 – Water fell back.", "notes.txt", "2026-04-16", PublishedSource.Dateline)]
    [InlineData("MATSK, April 16 – Water fell back.", "herald-2026-04-17-matsk.txt", "2026-04-16", PublishedSource.Dateline)]
    [InlineData("MATSK, Dec. 30 – Water fell back.", "herald-2027-01-02-matsk.txt", "2026-12-30", PublishedSource.Dateline)]
    [InlineData("Water fell back in Matsk, the worst flood since 1987.", "herald-2026-04-17-matsk.txt", "2026-04-17", PublishedSource.FileName)]
    [InlineData("Water fell back in Matsk.", "report_20260417.txt", "2026-04-17", PublishedSource.FileName)]
    [InlineData("Water fell back in Matsk, the worst flood since 1987, when 340 died.", "matsk.txt", null, PublishedSource.Undated)]
    [InlineData("MATSK, April 16 – Water fell back, as in the 1987 floods.", "matsk.txt", null, PublishedSource.Undated)]
    [InlineData("Water fell back.", "scan-12345678.txt", null, PublishedSource.Undated)]
    public void A_loose_file_is_dated_from_its_dateline_then_its_name_else_undated(string text, string name, string? published, PublishedSource source)
    {
        var resolved = LooseFileDates.Resolve("Floods recede\n\n" + text, name);

        Assert.Equal(published, resolved.Published?.ToIso());
        Assert.Equal(source, resolved.Source);
    }

    [Fact]
    public void An_undated_file_gets_no_date_from_a_year_in_its_body_and_its_figures_no_inferred_time()
    {
        using var folder = new TempFolder();
        string path = folder.File("notes.txt", "Floods in Matsk\n\nFloodwater killed 12 people in Matsk on Monday, officials said. In 1987 a flood there killed 340.");
        using var source = new ReportSource();

        var article = source.ReadInput(path, TestContext.Current.CancellationToken).Single().Article!;
        var result = ExtractionPipeline.CreateDefault().Extract(article, TestContext.Current.CancellationToken);

        Assert.Null(article.Published);
        Assert.Equal(PublishedSource.Undated, article.PublishedFrom);
        Assert.Null(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Code == "undated");
        var killed = result.Figures.First(f => f.Value == 12);
        Assert.Null(killed.AsOf);
        Assert.False(killed.Has(FigureFlags.PublishedInferred));
    }

    [Fact]
    public void A_folder_with_a_manifest_is_read_with_it_and_its_readme_is_not_a_report()
    {
        string demo = Path.Combine(SharedCorpus.RepoRoot, "demo");
        using var source = new ReportSource();

        var outcomes = source.ReadInput(demo, TestContext.Current.CancellationToken).ToList();

        Assert.All(outcomes, o => Assert.Null(o.Failure));
        var articles = outcomes.Select(o => o.Article!).ToList();
        Assert.Equal(13, articles.Count);
        Assert.DoesNotContain(articles, a => a.Id.Equals("README", StringComparison.OrdinalIgnoreCase));
        Assert.All(articles, a => Assert.Equal(PublishedSource.Given, a.PublishedFrom));
        Assert.Contains(articles, a => a.Outlet == "Calvenian Press Agency (CPA)" && a.Url!.StartsWith("https://cpa.example.org/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_beside_a_manifest_that_does_not_name_it_is_read_as_a_loose_file()
    {
        using var folder = new TempFolder();
        folder.File("named.txt", "Quake\n\nAt least 20 people died, officials said.");
        folder.File("extra-2025-02-03.txt", "Aftershock\n\nTwo more people died, officials said.");
        folder.File("README.md", "These are our notes on the quake.");
        folder.File(ReportSource.ManifestFileName, "{\"id\":\"named\",\"file\":\"named.txt\",\"outlet\":\"Quake Wire\",\"published\":\"2025-02-01\"}\n");
        using var source = new ReportSource();

        var articles = source.ReadInput(folder.Path, TestContext.Current.CancellationToken).Select(o => o.Article!).ToList();

        Assert.Equal(["named", "extra-2025-02-03"], articles.Select(a => a.Id));
        Assert.Equal(["Quake Wire", null], articles.Select(a => a.Outlet));
        Assert.Equal(["2025-02-01", "2025-02-03"], articles.Select(a => a.Published?.ToIso()));
    }

    [Theory]
    [InlineData(null, "is a manifest (a list of reports), not a report")]
    [InlineData("--manifest", "is a manifest; give it with --manifest")]
    public void A_manifest_given_as_a_report_is_refused_naming_only_an_option_the_reader_has(string? option, string message)
    {
        using var folder = new TempFolder();
        string manifest = folder.File("list.jsonl", "{\"id\":\"a\",\"file\":\"a.txt\"}\n");
        using var source = new ReportSource(new ReportSourceOptions { ManifestOption = option });

        var failure = source.ReadInput(manifest, TestContext.Current.CancellationToken).Single().Failure!;

        Assert.Equal(("is-manifest", message), (failure.Code, failure.Message));
    }

    [Fact]
    public void A_date_and_outlet_given_by_hand_win_over_the_dateline()
    {
        using var folder = new TempFolder();
        string path = folder.File("a.txt", "Quake\n\nVARLAN, March 3, 2026 (Quake Wire) – At least 20 people died, officials said.");
        using var source = new ReportSource(new ReportSourceOptions { Published = TimePoint.Day(2026, 3, 4), Outlet = "Desk Notes" });

        var article = source.ReadInput(path, TestContext.Current.CancellationToken).Single().Article!;

        Assert.Equal("2026-03-04", article.Published?.ToIso());
        Assert.Equal(PublishedSource.Given, article.PublishedFrom);
        Assert.Equal("Desk Notes", article.Outlet);
    }
}
