using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Attribution;

/// <summary>Who a figure is attributed to, read through the whole pipeline.</summary>
public sealed class SourceAttributorTests
{
    private static (string? Source, string? Raw) SourceOf(string text, string quote, ExtractionPipeline? pipeline = null)
    {
        var figure = StageInput.Figure(text, quote, pipeline: pipeline);
        return (figure.Source, figure.SourceText);
    }

    [Theory]
    [InlineData("The Armenian government said 6,650 people had arrived.", "6,650", "Armenian government", "The Armenian government")]
    [InlineData("At least 20 people were killed, local authorities said on Tuesday.", "20", "local authorities", "local authorities")]
    [InlineData("At least 20 people were killed and 45 were hurt, the governor said on Tuesday.", "45", "governor", "the governor")]
    [InlineData("\"The toll is 1,200,\" said Maria Example.", "1,200", "Maria Example", "Maria Example")]
    [InlineData("The toll rose to 1,200, said Maria Example, a spokeswoman for the council.", "1,200", "Maria Example", "Maria Example")]
    [InlineData("According to the Armenian Health Ministry, 125 people died.", "125", "Armenian Health Ministry", "the Armenian Health Ministry")]
    [InlineData("Some 125 people died, according to the Armenian Health Ministry.", "125", "Armenian Health Ministry", "the Armenian Health Ministry")]
    [InlineData("UNHCR told reporters that 50,000 people had fled.", "50,000", "UNHCR", "UNHCR")]
    [InlineData("The Armenian Health Ministry, meanwhile, said 125 people had died.", "125", "Armenian Health Ministry", "The Armenian Health Ministry")]
    public void The_source_is_who_said_the_figure(string text, string quote, string source, string raw)
    {
        Assert.Equal((source, raw), SourceOf(text, quote));
    }

    [Theory]
    [InlineData("On Tuesday, the ministry said 290 people were killed.", "290", "ministry", "the ministry")]
    [InlineData("In a statement, the provincial police said 290 people were killed.", "290", "provincial police", "the provincial police")]
    [InlineData("By 8 p.m. on Tuesday, the ministry said 290 people were killed.", "290", "ministry", "the ministry")]
    [InlineData("In the attack 20 people were killed, police said.", "20", "police", "police")]
    public void A_comma_after_an_opening_phrase_gives_the_source_to_what_follows_and_after_a_clause_to_what_came_before(
        string text, string quote, string source, string raw)
    {
        var (canonical, written) = SourceOf(text, quote);

        Assert.Equal((source, raw), (canonical, written));
    }

    [Theory]
    [InlineData("At least 20 people were killed, the governor said, adding that 45 were hurt.")]
    [InlineData("The governor said 20 people were killed on Monday, adding that 45 others were hurt.")]
    [InlineData("At least 20 people were killed, the governor said on Monday, saying 45 were hurt.")]
    public void A_participle_after_a_comma_shares_the_source_of_the_verb_before_it(string text)
    {
        var injured = StageInput.Figure(text, "45");

        Assert.Equal(("governor", Measure.Injured), (injured.Source, injured.Measure));
    }

    [Theory]
    [InlineData("The agency reported 300 dead, citing local officials.", "local officials", "local officials")]
    [InlineData("The agency said 300 people had fled, quoting the Varek provincial governor.", "Varek provincial governor", "the Varek provincial governor")]
    [InlineData("The Varek governor said 300 people had fled, according to state television.", "Varek governor", "The Varek governor")]
    public void A_citation_at_the_end_of_a_sentence_names_where_the_reporter_got_the_figure_but_according_to_keeps_the_speaker(
        string text, string source, string raw) =>
        Assert.Equal((source, raw), SourceOf(text, "300"));

    [Theory]
    [InlineData("\"We have counted 1,200 displaced families,\" said Maria Example of the Norwegian Refugee Council.", "NRC")]
    [InlineData("\"We have counted 1,200 displaced families,\" said Maria Example of Sunrise Relief Group.", "Sunrise Relief Group")]
    [InlineData("The ministry said the roads were shut. \"I counted 1,200 displaced families,\" said Maria Example of Sunrise Relief Group.", "Sunrise Relief Group")]
    public void We_in_a_quotation_is_its_speaker_and_a_person_of_an_organisation_speaks_for_it(string text, string source)
    {
        var figure = StageInput.Figure(text, "1,200");

        Assert.Equal((source, Measure.Displaced, Vocabulary.Households), (figure.Source, figure.Measure, figure.Unit));
    }

    [Fact]
    public void A_person_named_with_their_organisation_is_remembered_for_the_organisation()
    {
        const string text = "\"We have counted 1,200 displaced families,\" said Maria Example of Sunrise Relief Group. Example said 40 more arrived later.";

        Assert.Equal("Sunrise Relief Group", SourceOf(text, "40").Source);
    }

    [Fact]
    public void A_sentence_without_a_source_has_none()
    {
        Assert.Equal((null, null), SourceOf("At least 20 people were killed in the explosion.", "20"));
    }

    [Theory]
    [InlineData("Local news reported, citing the Armenian Health Ministry, that 125 people had died.", "Armenian Health Ministry")]
    [InlineData("Local news reported, citing the ombudsman, that 68 people were killed.", "ombudsman")]
    public void A_cited_source_overrides_the_outlet_that_reported_it(string text, string source)
    {
        var figure = StageInput.Extract(text).Figures.Single(f => f.Measure != Measure.Other);

        Assert.Equal(source, figure.Source);
    }

    [Theory]
    [InlineData("The Armenian Health Ministry said 125 people died in the blast. It added that 290 people were hospitalized.", "290")]
    [InlineData("The Armenian Health Ministry said on Tuesday that 125 people had died. \"Another 290 people are in hospital,\" the ministry said.", "290")]
    [InlineData("The Armenian Health Ministry said 40 people were injured. Nine of them remain in hospital, it said.", "Nine")]
    [InlineData("The Armenian Health Ministry said 125 people died in the blast. Later, it said 290 people were hospitalized.", "290")]
    public void A_pronoun_or_the_ministry_carries_the_source_named_before(string text, string quote)
    {
        Assert.Equal("Armenian Health Ministry", SourceOf(text, quote).Source);
    }

    [Fact]
    public void She_said_after_a_named_person_is_that_person()
    {
        const string text = "Marta Example, the head of the relief mission, said the roads were open. She said 400 families had left.";

        Assert.Equal(("Marta Example", "She"), SourceOf(text, "400"));
    }

    [Fact]
    public void A_figure_with_no_attribution_in_a_paragraph_takes_the_source_the_paragraph_named()
    {
        const string text = "The Armenian Health Ministry said on Tuesday that 125 people had died. Another 290 people were hospitalized.";

        Assert.Equal("Armenian Health Ministry", SourceOf(text, "290").Source);
    }

    [Fact]
    public void A_paragraph_names_its_source_in_a_sentence_without_figures_and_the_next_paragraph_starts_without_one()
    {
        // The first sentence of each paragraph has no figure: its source is read when a later sentence has figures.
        const string text = "The Armenian Health Ministry said on Tuesday that the roads were closed. Another 290 people were hospitalized.\n\n"
                            + "The weather was cold. Another 35 people were missing.";

        Assert.Equal("Armenian Health Ministry", SourceOf(text, "290").Source);
        Assert.Null(SourceOf(text, "35").Source);
    }

    [Theory]
    [InlineData("Karabakh's ombudsman, Gegham Example, said 68 people had been killed.", "Karabakh ombudsman")]
    [InlineData("Interior Ministry spokesman Teodor Example said 30 people were missing.", "Interior Ministry")]
    [InlineData("Teodor Example, a spokesman for the Red Cross, said 30 people were missing.", "Red Cross")]
    public void An_appositive_names_the_organisation_a_person_speaks_for(string text, string source)
    {
        Assert.Equal(source, StageInput.Extract(text).Figures.Single(f => f.Measure != Measure.Other).Source);
    }

    [Fact]
    public void A_person_named_again_by_surname_speaks_for_the_same_organisation()
    {
        const string text = "Karabakh's ombudsman, Gegham Example, said 68 people had been killed. Example said later that 105 people were still missing.";

        Assert.Equal(("Karabakh ombudsman", "Example"), SourceOf(text, "105"));
    }

    [Theory]
    [InlineData("The government in Yerevan said 28,120 people had arrived.", "Armenian government")]
    [InlineData("Armenia's government said 28,120 people had arrived.", "Armenian government")]
    [InlineData("Yerevan said 28,120 people had arrived.", "Armenian government")]
    [InlineData("Armenian officials said 28,120 people had arrived.", "Armenian government")]
    [InlineData("Azerbaijan's health ministry said 28,120 people had arrived.", "Azerbaijani Health Ministry")]
    [InlineData("Armenia’s health ministry said 28,120 people had arrived.", "Armenian Health Ministry")]
    [InlineData("German Foreign Minister Annalena Example said 28,120 people had arrived.", "German Foreign Ministry")]
    [InlineData("The UN refugee agency said 28,120 people had arrived.", "UNHCR")]
    [InlineData("The U.N. refugee agency said 28,120 people had arrived.", "UNHCR")]
    [InlineData("The United Nations High Commissioner for Refugees said 28,120 people had arrived.", "UNHCR")]
    [InlineData("Doctors Without Borders said 28,120 people had arrived.", "MSF")]
    [InlineData("The U.S. Agency for International Development said 28,120 people had arrived.", "USAID")]
    public void Aliases_and_country_rules_give_one_canonical_name(string text, string source)
    {
        Assert.Equal(source, SourceOf(text, "28,120").Source);
    }

    [Theory]
    [InlineData("Germany announced 5 million euros in aid for the refugees.", "5 million euros", "German government")]
    [InlineData("Britain pledged £3m in humanitarian aid.", "£3m", "British government")]
    [InlineData("The European Union announced 5 million euros in humanitarian aid.", "5 million euros", "European Union")]
    public void A_country_or_union_pledging_aid_is_its_government(string text, string quote, string source)
    {
        Assert.Equal(source, SourceOf(text, quote).Source);
    }

    [Fact]
    public void A_user_alias_changes_the_canonical_name_without_recompiling()
    {
        const string text = "Valley Watch said 14 villagers were killed near the river.";
        var pipeline = ExtractionPipeline.Create(new LexiconSource(file => file == "sources.tsv" ? "Valley Watch\tValley Monitoring Group\n" : null));

        Assert.Equal(("Valley Watch", "Valley Watch"), SourceOf(text, "14"));
        Assert.Equal(("Valley Monitoring Group", "Valley Watch"), SourceOf(text, "14", pipeline));
    }

    [Fact]
    public void A_user_alias_overrides_a_built_in_one()
    {
        const string text = "Doctors Without Borders said 28,120 people had arrived.";
        var pipeline = ExtractionPipeline.Create(new LexiconSource(file => file == "sources.tsv" ? "Doctors Without Borders\tMédecins Sans Frontières\n" : null));

        Assert.Equal("Médecins Sans Frontières", SourceOf(text, "28,120", pipeline).Source);
    }
}
