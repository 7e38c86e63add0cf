using Sitrep.Core.Mentions;
using Xunit;

namespace Sitrep.Core.Tests.Mentions;

public sealed class NumberMentionFinderTests
{
    private static List<(string Quote, Mention Mention)> Find(string sentence) => FoundMentions.In(sentence);

    private static Mention Only(string sentence, string quote) => FoundMentions.Only(sentence, quote);

    [Theory]
    [InlineData("Officials said 28,120 people had arrived.", "28,120", 28120)]
    [InlineData("About 1.2 million people need help.", "1.2 million", 1_200_000)]
    [InlineData("Some 2.4 mln people need help.", "2.4 mln", 2_400_000)]
    [InlineData("Two dozen homes burned.", "Two dozen", 24)]
    [InlineData("Seven people died.", "Seven", 7)]
    [InlineData("Twenty-five people died.", "Twenty-five", 25)]
    [InlineData("One hundred and fifty people died.", "One hundred and fifty", 150)]
    [InlineData("A million people fled.", "A million", 1_000_000)]
    [InlineData("Half a million people fled.", "Half a million", 500_000)]
    [InlineData("One civilian was killed.", "One", 1)]
    [InlineData("Some 1,500 people fled.", "1,500", 1500)]
    [InlineData("About 1500 people fled.", "1500", 1500)]
    [InlineData("Nearly 3.5 million people need aid.", "3.5 million", 3_500_000)]
    [InlineData("Aid reached 10k families.", "10k", 10_000)]
    [InlineData("The state counted 1.5 lakh evacuees.", "1.5 lakh", 150_000)]
    [InlineData("The state counted 2 crore voters.", "2 crore", 20_000_000)]
    public void Counts_are_read_in_every_form(string sentence, string quote, double value)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(MentionKind.Count, mention.Kind);
        Assert.Equal(value, mention.Value);
        Assert.False(mention.Vague);
    }

    [Theory]
    [InlineData("Donors pledged 2.4 mln dlrs.", "2.4 mln dlrs", 2_400_000, "USD")]
    [InlineData("Britain will give one mln stg for flood relief.", "one mln stg", 1_000_000, "GBP")]
    [InlineData("The agency gave $11.5-million in aid.", "$11.5-million", 11_500_000, "USD")]
    [InlineData("The agency gave $11.5 million in aid.", "$11.5 million", 11_500_000, "USD")]
    [InlineData("The bloc offered 5 million euros in aid.", "5 million euros", 5_000_000, "EUR")]
    [InlineData("The charity raised £3m for the victims.", "£3m", 3_000_000, "GBP")]
    [InlineData("The charity raised £3 million for the victims.", "£3 million", 3_000_000, "GBP")]
    [InlineData("The state gave 1.5 lakh rupees to each family.", "1.5 lakh rupees", 150_000, "INR")]
    [InlineData("China donated 10 million yuan.", "10 million yuan", 10_000_000, "CNY")]
    [InlineData("Donors gave USD 4 million.", "USD 4 million", 4_000_000, "USD")]
    [InlineData("Donors gave US$4bn.", "US$4bn", 4_000_000_000, "USD")]
    public void Money_is_read_with_its_currency(string sentence, string quote, double value, string currency)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(MentionKind.Money, mention.Kind);
        Assert.Equal(value, mention.Value);
        Assert.Equal(currency, mention.Currency);
    }

    [Fact]
    public void A_currency_conversion_in_brackets_is_linked_to_the_amount_it_converts()
    {
        var mentions = Find("The bloc offered 5 million euros ($5.28 million) in aid.");

        Assert.Equal(["5 million euros", "$5.28 million"], mentions.Select(m => m.Quote));
        Assert.Null(mentions[0].Mention.ConversionOf);
        Assert.Equal(0, mentions[1].Mention.ConversionOf);
        Assert.Equal(5_280_000, mentions[1].Mention.Value);
    }

    [Theory]
    [InlineData("Japan gave 700 million yen, or about $4.7 million, in aid.")]
    [InlineData("Japan gave 700 million yen (about $4.7 million) in aid.")]
    public void A_conversion_after_or_or_a_hedge_is_linked_too(string sentence)
    {
        var mentions = Find(sentence);

        Assert.Equal(0, Assert.Single(mentions, m => m.Quote == "$4.7 million").Mention.ConversionOf);
    }

    [Fact]
    public void Two_amounts_in_the_same_currency_are_not_a_conversion()
    {
        var mentions = Find("The bank gave $5 million ($2 million for shelter) in aid.");

        Assert.All(mentions, m => Assert.Null(m.Mention.ConversionOf));
    }

    [Theory]
    [InlineData("Between 10 and 15 people were hurt.", "10 and 15", 10, 15)]
    [InlineData("10-15 people were hurt.", "10-15", 10, 15)]
    [InlineData("Some 10 to 15 people were hurt.", "10 to 15", 10, 15)]
    [InlineData("Between 2 million and 5 million euros were pledged.", "2 million and 5 million euros", 2_000_000, 5_000_000)]
    [InlineData("Harvests fell by 1.35 to 1.65 mln tonnes.", "1.35 to 1.65 mln tonnes", 1_350_000, 1_650_000)]
    public void Ranges_keep_both_bounds(string sentence, string quote, double low, double high)
    {
        var mention = Only(sentence, quote);

        Assert.True(mention.IsRange);
        Assert.Equal(low, mention.Low);
        Assert.Equal(high, mention.High);
        Assert.Equal(low, mention.Value);
    }

    [Fact]
    public void A_change_from_one_number_to_another_is_not_a_range()
    {
        var mentions = Find("The toll rose from 68 to 125.");

        Assert.Equal(["68", "125"], mentions.Select(m => m.Quote));
        Assert.All(mentions, m => Assert.False(m.Mention.IsRange));
    }

    [Theory]
    [InlineData("Dozens of people were hurt.", "Dozens", 12)]
    [InlineData("Hundreds of families fled.", "Hundreds", 100)]
    [InlineData("Thousands of people fled.", "Thousands", 1000)]
    [InlineData("Tens of thousands of people fled.", "Tens of thousands", 10_000)]
    [InlineData("Hundreds of thousands of people fled.", "Hundreds of thousands", 100_000)]
    [InlineData("Several thousand people marched.", "Several thousand", 1000)]
    [InlineData("A few hundred people stayed.", "A few hundred", 100)]
    [InlineData("Scores of people were hurt.", "Scores", 20)]
    public void Vague_amounts_are_the_least_they_imply_and_mean_more_than(string sentence, string quote, double value)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(MentionKind.Count, mention.Kind);
        Assert.Equal(value, mention.Value);
        Assert.True(mention.Vague);
        Assert.Equal(Qualifier.MoreThan, mention.ImpliedQualifier);
    }

    [Theory]
    [InlineData("Nearly half of the residents left.", "half", 50)]
    [InlineData("Half the town was flooded.", "Half", 50)]
    [InlineData("A quarter of the homes were damaged.", "A quarter", 25)]
    [InlineData("Two-thirds of the wells are dry.", "Two-thirds", 200.0 / 3)]
    [InlineData("About 12% of homes were damaged.", "12%", 12)]
    [InlineData("About 12 percent of homes were damaged.", "12 percent", 12)]
    [InlineData("About 12 per cent of homes were damaged.", "12 per cent", 12)]
    [InlineData("One in five residents left.", "One in five", 20)]
    public void Shares_are_read_in_percent(string sentence, string quote, double value)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(MentionKind.Share, mention.Kind);
        Assert.Equal(value, mention.Value, precision: 6);
    }

    [Theory]
    [InlineData("Japan sent 70 tonnes of food.", "70 tonnes", 70)]
    [InlineData("Exports fell by 2.4 mln tonnes.", "2.4 mln tonnes", 2_400_000)]
    [InlineData("The convoy carried 40 metric tons of flour.", "40 metric tons", 40)]
    public void Weights_are_read_in_tonnes(string sentence, string quote, double value)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(MentionKind.Weight, mention.Kind);
        Assert.Equal(value, mention.Value);
    }

    [Theory]
    [InlineData("They were relocated in 2020.", "2020", MentionKind.Year)]
    [InlineData("The 2015 earthquake killed many.", "2015", MentionKind.Year)]
    [InlineData("In the 1990s, the town grew.", "1990s", MentionKind.Year)]
    [InlineData("Somalia's 2011 famine was worse.", "2011", MentionKind.Year)]
    [InlineData("The strike came on September 26.", "26", MentionKind.Date)]
    [InlineData("The strike came on Sept. 25, 2023.", "25", MentionKind.Date)]
    [InlineData("The strike came on Sept. 25, 2023.", "2023", MentionKind.Year)]
    [InlineData("The strike came on 26 September.", "26", MentionKind.Date)]
    [InlineData("Fighting raged on September 19-20.", "20", MentionKind.Date)]
    [InlineData("The curfew starts at 8 p.m. tonight.", "8 p.m.", MentionKind.Clock)]
    [InlineData("The curfew starts at 20:00 tonight.", "20:00", MentionKind.Clock)]
    [InlineData("The curfew starts at 8 o'clock.", "8", MentionKind.Clock)]
    [InlineData("A nine-month blockade ended.", "nine-month", MentionKind.Duration)]
    [InlineData("A 24-hour ceasefire began.", "24-hour", MentionKind.Duration)]
    [InlineData("The fighting lasted five hours.", "five hours", MentionKind.Duration)]
    [InlineData("The conflict has lasted three decades.", "three decades", MentionKind.Duration)]
    [InlineData("The town lies 22 miles from the border.", "22 miles", MentionKind.Distance)]
    [InlineData("The road is blocked for 40 km.", "40 km", MentionKind.Distance)]
    [InlineData("A girl aged 5 was found.", "5", MentionKind.Age)]
    [InlineData("A 21-year-old man was held.", "21-year-old", MentionKind.Age)]
    [InlineData("Hassan Demir, 52, said the road was closed.", "52", MentionKind.Age)]
    [InlineData("Vaccines were given to children under five.", "five", MentionKind.Age)]
    [InlineData("Two brothers, aged 7 and 9, were found.", "9", MentionKind.Age)]
    [InlineData("It was the 3rd attack this month.", "3rd", MentionKind.Ordinal)]
    [InlineData("A 7.8-magnitude earthquake struck.", "7.8-magnitude", MentionKind.Measurement)]
    [InlineData("A magnitude 7.8 earthquake struck.", "7.8", MentionKind.Measurement)]
    [InlineData("The building has 12 storeys.", "12 storeys", MentionKind.Measurement)]
    [InlineData("Traffic on Route 66 was stopped.", "66", MentionKind.Name)]
    public void Years_dates_times_durations_distances_ages_and_ordinals_are_not_counts(string sentence, string quote, MentionKind kind)
    {
        var mention = Only(sentence, quote);

        Assert.Equal(kind, mention.Kind);
        Assert.False(mention.CanBeFigure);
    }

    [Theory]
    [InlineData("For news of relatives call 0800 555 0199 before 40 more families arrive.")]
    [InlineData("The council's desk is on +44 20 7946 0000 while 40 more families arrive.")]
    [InlineData("Ring (909) 555-0100 or 1-800-555-0127 or 555-0163 as 40 more families arrive.")]
    [InlineData("Ring 020-7946-0000 as 40 more families arrive.")]
    [InlineData("Residents should call 911 as 40 more families arrive.")]
    [InlineData("Neighbours called 911 as 40 more families arrived.")]
    public void A_phone_number_is_no_number_at_all(string sentence)
    {
        Assert.Equal(["40"], Find(sentence).Select(m => m.Quote));
    }

    [Theory]
    [InlineData("Some 10-15 people were hurt.", "10-15")]
    [InlineData("The 2023-24 budget was cut.", "2023")]
    [InlineData("About 28,120 people arrived.", "28,120")]
    public void Ranges_years_and_separated_counts_are_not_phone_numbers(string sentence, string quote)
    {
        Assert.Contains(quote, Find(sentence).Select(m => m.Quote));
    }

    [Theory]
    [InlineData("Families can call 1-800-555-0127 for news of relatives.")]
    [InlineData("Call 555-0163 for news of relatives.")]
    [InlineData("It was the third attack this month.")]
    [InlineData("It was the first time the road was shut.")]
    [InlineData("One of the trucks overturned.")]
    [InlineData("They helped one another.")]
    public void Phone_numbers_and_ordinal_words_give_no_figure(string sentence)
    {
        Assert.All(Find(sentence), m => Assert.False(m.Mention.CanBeFigure, m.Quote));
    }

    [Theory]
    [InlineData("Some 1500 people fled.", "1500", MentionKind.Count)]
    [InlineData("In 1950 the town was founded.", "1950", MentionKind.Year)]
    [InlineData("By 2030 the dam will be finished.", "2030", MentionKind.Year)]
    public void A_four_digit_number_is_a_year_unless_a_counted_noun_follows(string sentence, string quote, MentionKind kind)
    {
        Assert.Equal(kind, Only(sentence, quote).Kind);
    }

    [Fact]
    public void Mention_spans_cover_the_whole_expression_in_the_original_text()
    {
        const string sentence = "Officials said tens of thousands of people and $11.5-million in aid had arrived by 8 p.m.";

        var quotes = Find(sentence).Select(m => m.Quote);

        Assert.Equal(["tens of thousands", "$11.5-million", "8 p.m."], quotes);
    }
}
