using Sitrep.Core.Mentions;
using Xunit;

namespace Sitrep.Core.Tests.Mentions;

/// <summary>Number forms a news reader meets daily (error class 4 of the extraction issue), and numbers that are no quantity of anything (classes 1 and 6).</summary>
public sealed class NumberFormTests
{
    private static Mention Only(string sentence, string quote) => FoundMentions.Only(sentence, quote);

    [Theory]
    [InlineData("Between four and five thousand villagers left the valley.", "four and five thousand", 4000, 5000)]
    [InlineData("Between one and 1.5 million people lost their homes in the 1998 floods.", "one and 1.5 million", 1_000_000, 1_500_000)]
    [InlineData("Some two to three hundred families sheltered in the mosque.", "two to three hundred", 200, 300)]
    [InlineData("Officials expect 10 to 15 million people to need food aid.", "10 to 15 million", 10_000_000, 15_000_000)]
    [InlineData("Winds of 170-180 kilometres per hour hit the coast.", "170-180 kilometres per hour", 170, 180)]
    public void A_scale_or_unit_written_once_applies_to_both_ends_of_a_range(string sentence, string quote, double low, double high)
    {
        var mention = Only(sentence, quote);

        Assert.Equal((low, low, high), (mention.Value, mention.Low, mention.High));
    }

    [Theory]
    [InlineData("Repair bills ranged from $200 to $4 million.", "$200", 200)]
    [InlineData("The budget increased by $43.6 billion to $419.2 billion.", "$43.6 billion", 43_600_000_000)]
    [InlineData("The budget increased by $43.6 billion to $419.2 billion.", "$419.2 billion", 419_200_000_000)]
    [InlineData("The jobless rate rose 5% to 12% over the year.", "5%", 5)]
    public void A_change_and_its_total_are_two_numbers_not_a_range(string sentence, string quote, double value)
    {
        var mention = Only(sentence, quote);

        Assert.Equal((value, false), (mention.Value, mention.IsRange));
    }

    [Theory]
    [InlineData("About 14 000 people crossed at Kanyaruchinya.", "14 000", 14000, MentionKind.Count)]
    [InlineData("Some 3 385 people were moved to the stadium.", "3 385", 3385, MentionKind.Count)]
    [InlineData("The index fell -1.3% on the day.", "-1.3%", -1.3, MentionKind.Share)]
    [InlineData("Mortality stood at .001 per cent of the herd.", ".001 per cent", 0.001, MentionKind.Share)]
    [InlineData("The trust gave $US55,931,000 to the appeal.", "$US55,931,000", 55_931_000, MentionKind.Money)]
    [InlineData("Canberra pledged $A82.6 million to the islands.", "$A82.6 million", 82_600_000, MentionKind.Money)]
    [InlineData("The cabinet set aside 1.23 billion shekels for the north.", "1.23 billion shekels", 1_230_000_000, MentionKind.Money)]
    [InlineData("A kilo of rice now costs RM23.50 in Sabah.", "RM23.50", 23.5, MentionKind.Money)]
    [InlineData("Bread went up 19 cents a loaf.", "19 cents", 0.19, MentionKind.Money)]
    [InlineData("The agency raised £3m for the survivors.", "£3m", 3_000_000, MentionKind.Money)]
    [InlineData("Nearly 3m people need help.", "3m", 3_000_000, MentionKind.Count)]
    [InlineData("The wall is 37m (121ft) high.", "37m", 37, MentionKind.Distance)]
    public void Number_forms_are_read_with_their_value_and_kind(string sentence, string quote, double value, MentionKind kind)
    {
        var mention = Only(sentence, quote);

        Assert.Equal((value, kind), (mention.Value, mention.Kind));
    }

    [Theory]
    [InlineData("The Covid-19 ward was closed.", "19", MentionKind.Name)]
    [InlineData("Typhoon Nock-Ten flattened the town.", "Ten", MentionKind.Name)]
    [InlineData("Oil from West Qurna 1 stopped flowing.", "1", MentionKind.Name)]
    [InlineData("The Stoxx 50 index slipped.", "50", MentionKind.Name)]
    [InlineData("The forecast is for a category two storm.", "two", MentionKind.Name)]
    [InlineData("Crews from Engine 47 arrived first.", "47", MentionKind.Name)]
    [InlineData("Traffic on I-95 backed up for hours.", "95", MentionKind.Name)]
    [InlineData("The station CBS46 carried the story.", "46", MentionKind.Name)]
    [InlineData("Viewers of WFSB 3 saw the footage.", "3", MentionKind.Name)]
    [InlineData("Action News 6 spoke with the wounded man's sister.", "6", MentionKind.Name)]
    [InlineData("The report was written with +972 Magazine and displaced families.", "+972", MentionKind.Name)]
    [InlineData("The old bridge was built in 1782 and never repaired.", "1782", MentionKind.Year)]
    [InlineData("The patrol moved several hundred yards into the valley.", "several hundred yards", MentionKind.Distance)]
    [InlineData("Smoke could be seen hundreds of miles away.", "hundreds of miles", MentionKind.Distance)]
    [InlineData("A mother of three who lives nearby heard the shots.", "three", MentionKind.Measurement)]
    [InlineData("Fire broke out at 126 Social Island Road overnight.", "126", MentionKind.Address)]
    [InlineData("Shots were fired in the 3000 block of Elm Avenue.", "3000", MentionKind.Address)]
    [InlineData("The victim was found at 9780 Bissonnet before dawn.", "9780", MentionKind.Address)]
    [InlineData("Deputies searched a house at 13812 State highway 27.", "13812", MentionKind.Address)]
    [InlineData("Rains fell between 7 and 14 March.", "7", MentionKind.Date)]
    [InlineData("Rains fell between 7 and 14 March.", "14", MentionKind.Date)]
    [InlineData("The flood came on 03/12/14 at night.", "03/12/14", MentionKind.Date)]
    [InlineData("Flood photos 1 / 5 Back to gallery", "1 / 5", MentionKind.Other)]
    [InlineData("Text tips to CRIMES (274637) any time.", "274637", MentionKind.Other)]
    [InlineData("The victim, a woman in her 30s, was named.", "30s", MentionKind.Age)]
    [InlineData("Jordan Smith, 18 of Boscobel, was named.", "18", MentionKind.Age)]
    [InlineData("The deceased male, 43, was named on Friday.", "43", MentionKind.Age)]
    [InlineData("Life expectancy of 73 is the lowest in the region.", "73", MentionKind.Age)]
    [InlineData("The gun was a .40-caliber pistol.", ".40-caliber", MentionKind.Measurement)]
    [InlineData("He carried a 9mm handgun.", "9mm", MentionKind.Distance)]
    [InlineData("Three men, all in their 20's, were treated.", "20's", MentionKind.Age)]
    [InlineData("He left his .38 revolver on the table.", ".38", MentionKind.Measurement)]
    [InlineData("Gallery image 4 of 11 shows the house.", "4 of 11", MentionKind.Other)]
    [InlineData("Shots rang out on Friday night around 10 near the park.", "10", MentionKind.Clock)]
    [InlineData("The girls, ages 14, 11, 7 and 3, were at home.", "7", MentionKind.Age)]
    [InlineData("The suspect, Tom Reyes Jr., 25, was charged.", "25", MentionKind.Age)]
    [InlineData("A reporter for NewsCenter 7's morning show was there.", "7", MentionKind.Name)]
    public void Numbers_in_names_addresses_dates_and_ages_are_not_amounts_and_say_what_they_are(string sentence, string quote, MentionKind kind)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(kind, mention.Kind);
        Assert.False(mention.CanBeFigure);
        Assert.False(mention.IsQuantity && kind is MentionKind.Name or MentionKind.Address or MentionKind.Date);
    }

    [Fact]
    public void A_fraction_word_in_a_name_is_no_share()
    {
        Assert.Empty(FoundMentions.In("The crowd gathered for the Fourth of July fireworks."));
    }

    [Theory]
    [InlineData("In Kenya 20 people died in the floods.", "20")]
    [InlineData("Around 1500 people fled the town.", "1500")]
    [InlineData("About 14000 people were moved.", "14000")]
    [InlineData("The unit 40 soldiers strong held the pass.", "40")]
    public void A_counted_noun_keeps_a_number_a_count(string sentence, string quote)
    {
        Assert.Equal(MentionKind.Count, Only(sentence, quote).Kind);
    }
}
