using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>What a number counts, read through the whole pipeline from one-sentence reports.</summary>
public sealed class FigureGrammarTests
{
    private static void AssertFigure(string sentence, string quote, double value, string unit, string measure, string qualifier)
    {
        var figure = StageInput.Figure(sentence, quote);

        Assert.Equal((value, unit, measure, qualifier), (figure.Value, figure.Unit, figure.Measure.Name(), figure.Qualifier.Name()));
    }

    [Theory]
    [InlineData("At least 20 people were killed in the explosion.", "20", 20, "at_least")]
    [InlineData("The landslide killed 31 villagers.", "31", 31, "none")]
    [InlineData("Twelve miners died after the collapse.", "Twelve", 12, "none")]
    [InlineData("Police said 14 people were dead.", "14", 14, "none")]
    [InlineData("The attack left 14 people dead.", "14", 14, "none")]
    [InlineData("The death toll rose to 125, the health ministry said.", "125", 125, "none")]
    [InlineData("The death toll from the landslide has risen to 57.", "57", 57, "none")]
    [InlineData("The number of deaths from the blast had risen to 125 by Tuesday.", "125", 125, "none")]
    [InlineData("The number of people killed in the blast rose to 68.", "68", 68, "none")]
    [InlineData("Fourteen people lost their lives in the fire.", "Fourteen", 14, "none")]
    [InlineData("The blast claimed at least 14 lives.", "14", 14, "at_least")]
    [InlineData("Eleven passengers drowned when the ferry capsized.", "Eleven", 11, "none")]
    [InlineData("Fourteen deaths have been confirmed.", "Fourteen", 14, "none")]
    [InlineData("Police confirmed the deaths of 14 people.", "14", 14, "none")]
    [InlineData("The ministry has confirmed the deaths of at least 14.", "14", 14, "at_least")]
    [InlineData("Officials confirmed the death of 14 people in the flood.", "14", 14, "none")]
    [InlineData("As many as 3,000 people may have died.", "3,000", 3000, "up_to")]
    [InlineData("Up to 3,000 people may have died.", "3,000", 3000, "up_to")]
    public void Deaths_are_killed(string sentence, string quote, double value, string qualifier)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "killed", qualifier);
    }

    [Theory]
    [InlineData("More than 200 people were injured in the explosion.", "200", 200, "more_than")]
    [InlineData("The blast injured more than 200 people.", "200", 200, "more_than")]
    [InlineData("Nearly 300 people were wounded.", "300", 300, "nearly")]
    [InlineData("Five firefighters were hurt.", "Five", 5, "none")]
    [InlineData("About 70 people suffered injuries in the stampede.", "70", 70, "approximately")]
    [InlineData("Dozens of people were wounded in the shelling.", "Dozens", 12, "more_than")]
    [InlineData("Roughly 60 people were injured.", "60", 60, "approximately")]
    [InlineData("Almost 60 people were injured.", "60", 60, "nearly")]
    [InlineData("Close to 60 people were injured.", "60", 60, "nearly")]
    [InlineData("Over 60 people were injured.", "60", 60, "more_than")]
    [InlineData("No fewer than 60 people were injured.", "60", 60, "at_least")]
    [InlineData("60-plus people were injured.", "60", 60, "more_than")]
    public void Injuries_are_injured(string sentence, string quote, double value, string qualifier)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "injured", qualifier);
    }

    [Theory]
    [InlineData("Some 40 fishermen are missing after the storm.", "40", 40, "approximately")]
    [InlineData("Nine climbers remain unaccounted for.", "Nine", 9, "none")]
    [InlineData("At least 15 miners were unaccounted for after the collapse.", "15", 15, "at_least")]
    [InlineData("Six crew members are still missing.", "Six", 6, "none")]
    [InlineData("An estimated 3,000 people remain missing.", "3,000", 3000, "approximately")]
    public void Missing_people_are_missing(string sentence, string quote, double value, string qualifier)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "missing", qualifier);
    }

    [Theory]
    [InlineData("About 30,000 people have been displaced by the floods.", "30,000", 30000, "approximately", "internal")]
    [InlineData("The floods have displaced 45,000 people in the province.", "45,000", 45000, "none", "internal")]
    [InlineData("More than 6,650 people fled to Armenia.", "6,650", 6650, "more_than", null)]
    [InlineData("Authorities evacuated 2,000 residents from the valley.", "2,000", 2000, "none", "internal")]
    [InlineData("Nearly 4,000 people were evacuated from the coast ahead of the cyclone.", "4,000", 4000, "nearly", "internal")]
    [InlineData("More than 100,000 people have fled their homes since the fighting began.", "100,000", 100000, "more_than", "internal")]
    [InlineData("Nearly 1,000 villagers sought shelter in schools.", "1,000", 1000, "nearly", "internal")]
    [InlineData("Some 2,500 people took shelter in schools and mosques.", "2,500", 2500, "approximately", "internal")]
    [InlineData("Some 800 people are sheltering in the stadium.", "800", 800, "approximately", "internal")]
    [InlineData("Some 13,500 refugees crossed into Armenia on Tuesday.", "13,500", 13500, "approximately", "crossing")]
    [InlineData("More than 28,000 refugees arrived in Goris.", "28,000", 28000, "more_than", "crossing")]
    [InlineData("About 1,800 migrants arrived on the island over the weekend.", "1,800", 1800, "approximately", "crossing")]
    [InlineData("Tens of thousands of refugees have crossed into Chad.", "Tens of thousands", 10000, "more_than", "crossing")]
    [InlineData("The fire left 300 people homeless.", "300", 300, "none", "internal")]
    [InlineData("Over 80,000 people have been made homeless.", "80,000", 80000, "more_than", "internal")]
    [InlineData("The number of people displaced by the floods has reached 80,000.", "80,000", 80000, "none", "internal")]
    [InlineData("The floods forced 80,000 people to leave their homes.", "80,000", 80000, "none", "internal")]
    [InlineData("The fire forced more than 80,000 residents to leave their homes.", "80,000", 80000, "more_than", "internal")]
    [InlineData("Shelling has forced at least 12,000 people to flee.", "12,000", 12000, "at_least", null)]
    [InlineData("Some 3,000 people were forced to leave after the dam burst.", "3,000", 3000, "approximately", null)]
    public void Displacement_is_displaced_with_its_kind(string sentence, string quote, double value, string qualifier, string? aspect)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "displaced", qualifier);
        Assert.Equal(aspect, StageInput.Figure(sentence, quote).Aspect);
    }

    [Theory]
    [InlineData("Around 500 families were forced from their homes.", "500", 500, "approximately")]
    [InlineData("The fire left about 600 families homeless.", "600", 600, "approximately")]
    [InlineData("Hundreds of families fled the shelling.", "Hundreds", 100, "more_than")]
    public void Displaced_families_are_counted_in_households(string sentence, string quote, double value, string qualifier)
    {
        AssertFigure(sentence, quote, value, Vocabulary.Households, "displaced", qualifier);
    }

    [Theory]
    [InlineData("290 people were hospitalized.", "290", 290, "none")]
    [InlineData("About 90 people remain in hospital.", "90", 90, "approximately")]
    [InlineData("Some 350 people were taken to hospital.", "350", 350, "approximately")]
    [InlineData("Twenty-five people were hospitalised with smoke inhalation.", "Twenty-five", 25, "none")]
    public void Hospital_stays_are_hospitalized(string sentence, string quote, double value, string qualifier)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "hospitalized", qualifier);
    }

    [Theory]
    [InlineData("The storm affected 1.2 million people.", "1.2 million", 1_200_000)]
    [InlineData("The drought has affected 2.3 million people.", "2.3 million", 2_300_000)]
    public void People_affected_are_affected(string sentence, string quote, double value)
    {
        AssertFigure(sentence, quote, value, Vocabulary.People, "affected", "none");
    }

    [Theory]
    [InlineData("The earthquake destroyed 4,500 houses.", "4,500", 4500, "houses", "houses_destroyed", "none")]
    [InlineData("The quake flattened 1,500 houses.", "1,500", 1500, "houses", "houses_destroyed", "none")]
    [InlineData("About 900 homes were damaged by the floods.", "900", 900, "houses", "houses_damaged", "approximately")]
    [InlineData("Officials said 800 homes were flooded.", "800", 800, "houses", "houses_damaged", "none")]
    [InlineData("The floods damaged 1,200 households.", "1,200", 1200, "households", "houses_damaged", "none")]
    [InlineData("More than 3,000 homes were destroyed and 18,000 damaged.", "3,000", 3000, "houses", "houses_destroyed", "more_than")]
    [InlineData("More than 3,000 homes were destroyed and 18,000 damaged.", "18,000", 18000, "houses", "houses_damaged", "none")]
    public void Houses_are_destroyed_or_damaged_in_houses_or_households(string sentence, string quote, double value, string unit, string measure, string qualifier)
    {
        AssertFigure(sentence, quote, value, unit, measure, qualifier);
    }

    [Theory]
    [InlineData("The agency pledged $11.5 million in humanitarian aid.", "$11.5 million", 11_500_000, "USD")]
    [InlineData("The World Bank approved $250 million in emergency aid.", "$250 million", 250_000_000, "USD")]
    [InlineData("Britain pledged £3m in humanitarian aid.", "£3m", 3_000_000, "GBP")]
    [InlineData("Germany announced 5 million euros in aid for the refugees.", "5 million euros", 5_000_000, "EUR")]
    [InlineData("China donated 10 million yuan to the relief effort.", "10 million yuan", 10_000_000, "CNY")]
    [InlineData("The state sent 1.5 lakh rupees in relief to each family.", "1.5 lakh rupees", 150_000, "INR")]
    [InlineData("The UN appealed for $50 million to help the survivors.", "$50 million", 50_000_000, "USD")]
    public void Aid_money_keeps_its_currency(string sentence, string quote, double value, string currency)
    {
        AssertFigure(sentence, quote, value, currency, "aid_money", "none");
    }

    [Fact]
    public void A_conversion_in_brackets_is_the_same_pledge_and_points_to_it()
    {
        var figures = StageInput.Extract("The European Union announced 5 million euros ($5.28 million) in humanitarian aid.").Figures;

        var euros = Assert.Single(figures, f => f.Quote == "5 million euros");
        var dollars = Assert.Single(figures, f => f.Quote == "$5.28 million");
        Assert.Equal((Measure.AidMoney, "EUR"), (euros.Measure, euros.Unit));
        Assert.Equal((Measure.AidMoney, "USD"), (dollars.Measure, dollars.Unit));
        Assert.Null(euros.ConversionOf);
        Assert.Equal(euros.Id, dollars.ConversionOf);
    }

    [Theory]
    [InlineData("Japan sent 70 tonnes of food aid.", "70 tonnes", 70, "food aid")]
    [InlineData("The WFP delivered 1,200 tonnes of food.", "1,200 tonnes", 1200, "food")]
    [InlineData("The convoy carried 40 tons of medical supplies.", "40 tons", 40, "medical supplies")]
    [InlineData("The government released 200 tonnes of rice for the flood victims.", "200 tonnes", 200, "rice")]
    public void Aid_goods_are_counted_in_tonnes_with_what_they_are(string sentence, string quote, double value, string goods)
    {
        var figure = StageInput.Figure(sentence, quote);

        Assert.Equal((value, Vocabulary.Tonnes, Measure.AidGoods, goods), (figure.Value, figure.Unit, figure.Measure, figure.Subject));
    }

    [Theory]
    [InlineData("The blast cost the company $5 million in damages.", "$5 million")]
    [InlineData("The region has been torn by two wars.", "two")]
    [InlineData("Hundreds of cars queued at the checkpoint.", "Hundreds")]
    [InlineData("Delegates from 24 countries met in Geneva.", "24")]
    [InlineData("The agency runs 30 camps near the border.", "30")]
    [InlineData("Rescuers saved 45 people from the rubble.", "45")]
    [InlineData("Some 120 people were rescued from the rubble.", "120")]
    [InlineData("About 300 people were infected with cholera.", "300")]
    [InlineData("About 500 people refused to leave their homes.", "500")]
    [InlineData("Some 500 residents were unable to leave their homes.", "500")]
    [InlineData("The storm destroyed 12 schools and 3 bridges.", "12")]
    [InlineData("Five members of one family were killed.", "one")]
    [InlineData("Two men were charged in the killing of a teenager.", "Two")]
    [InlineData("He is charged with one count of manslaughter in the death of his cousin.", "one")]
    [InlineData("Three brothers were convicted in the 2019 killings.", "Three")]
    public void Counts_of_things_and_of_rescued_or_infected_people_are_not_figures(string sentence, string quote)
    {
        Assert.Equal(Measure.Other, StageInput.Figure(sentence, quote).Measure);
    }

    [Fact]
    public void Soldiers_and_one_civilian_share_the_predicate_and_keep_their_subjects()
    {
        var figures = StageInput.Extract("Azerbaijan said 192 Azerbaijani soldiers and one civilian had been killed.").Figures;

        Assert.Equal(
            [("192", 192.0, Measure.Killed, "Azerbaijani soldiers"), ("one", 1.0, Measure.Killed, "civilian")],
            figures.Select(f => (f.Quote, f.Value, f.Measure, f.Subject)));
    }

    [Fact]
    public void Killed_and_others_injured_in_one_sentence_are_two_figures()
    {
        var figures = StageInput.Extract("At least 20 people were killed and nearly 300 others injured in the explosion.").Figures;

        Assert.Equal(
            [(20.0, Measure.Killed, Qualifier.AtLeast, "explosion"), (300.0, Measure.Injured, Qualifier.Nearly, "explosion")],
            figures.Select(f => (f.Value, f.Measure, f.Qualifier, f.Event)));
    }

    [Theory]
    [InlineData("The quake killed 9 and injured 120.", "killed", "injured")]
    [InlineData("At least 20 people died and 45 were injured.", "killed", "injured")]
    [InlineData("The explosion left 14 dead and 60 injured.", "killed", "injured")]
    public void Coordinated_clauses_give_each_number_its_own_measure(string sentence, string first, string second)
    {
        Assert.Equal([first, second], StageInput.Extract(sentence).Figures.Select(f => f.Measure.Name()));
    }

    [Fact]
    public void A_number_compared_with_the_figure_before_it_takes_its_measure()
    {
        var figures = StageInput.Extract("More than 6,650 people had crossed into Armenia, up from about 4,850 five hours earlier.").Figures;

        var earlier = Assert.Single(figures, f => f.Quote == "4,850");
        Assert.Equal((Measure.Displaced, Qualifier.Approximately, "crossing"), (earlier.Measure, earlier.Qualifier, earlier.Aspect));
    }

    [Fact]
    public void The_figure_of_the_sentence_before_gives_its_measure_to_a_bare_comparison()
    {
        var figures = StageInput.Extract("Some 3,000 people have fled the fighting in the valley. The figure rose from 1,900 on Monday.").Figures;

        Assert.Equal(Measure.Displaced, Assert.Single(figures, f => f.Quote == "1,900").Measure);
    }

    [Theory]
    [InlineData("Twelve miners died after the collapse.", "Twelve", "miners")]
    [InlineData("Some 40 fishermen are missing after the storm.", "40", "fishermen")]
    [InlineData("Five firefighters were hurt.", "Five", "firefighters")]
    [InlineData("Thousands of ethnic Armenians fled the region.", "Thousands", "ethnic Armenians")]
    [InlineData("Six people were killed, including two children.", "two", "children")]
    [InlineData("At least 20 people were killed in the explosion.", "20", null)]
    public void The_subject_is_who_is_counted_when_more_than_people(string sentence, string quote, string? subject)
    {
        Assert.Equal(subject, StageInput.Figure(sentence, quote).Subject);
    }

    [Theory]
    [InlineData("At least 20 people were killed in the explosion.", "explosion")]
    [InlineData("The death toll from the landslide has risen to 57.", "landslide")]
    [InlineData("Dozens of people were wounded in the shelling.", "attack")]
    [InlineData("About 30,000 people have been displaced by the floods.", "flood")]
    [InlineData("Eleven passengers drowned when the ferry capsized.", "sinking")]
    [InlineData("The earthquake destroyed 4,500 houses.", "earthquake")]
    public void The_event_is_the_canonical_event_word_nearest_the_measure(string sentence, string evt)
    {
        Assert.Equal(evt, StageInput.Extract(sentence).Figures[0].Event);
    }

    [Theory]
    [InlineData("Six people were killed, including two children.", "two")]
    [InlineData("Rescuers recovered 13 bodies from the river.", "13")]
    [InlineData("The ministry said 40 people were injured. Nine of them remain in hospital.", "Nine")]
    public void Parts_of_a_larger_count_are_sub_counts(string text, string quote)
    {
        var figure = StageInput.Figure(text, quote);

        Assert.NotEqual(Measure.Other, figure.Measure);
        Assert.True(figure.Has(FigureFlags.SubCount));
    }

    [Theory]
    [InlineData("Dozens of people were hurt.", "Dozens", FigureFlags.Vague)]
    [InlineData("Between 10 and 15 people were hurt.", "10 and 15", FigureFlags.Range)]
    [InlineData("Nearly half of the residents have fled.", "half", FigureFlags.Share)]
    public void Vague_range_and_share_figures_are_flagged(string sentence, string quote, FigureFlags flag)
    {
        var figure = StageInput.Figure(sentence, quote);

        Assert.NotEqual(Measure.Other, figure.Measure);
        Assert.True(figure.Has(flag));
    }

    [Fact]
    public void A_range_keeps_its_bounds_on_the_figure()
    {
        var figure = StageInput.Figure("Between 10 and 15 people were hurt.", "10 and 15");

        Assert.Equal((10.0, 10.0, 15.0, Measure.Injured), (figure.Value, figure.Low, figure.High, figure.Measure));
    }

    [Fact]
    public void A_share_is_in_percent()
    {
        var figure = StageInput.Figure("Nearly half of the residents have fled.", "half");

        Assert.Equal((50.0, Vocabulary.Percent, Qualifier.Nearly), (figure.Value, figure.Unit, figure.Qualifier));
    }
}
