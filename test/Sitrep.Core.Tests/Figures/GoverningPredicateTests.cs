using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>
/// The measure belongs to the predicate that governs the number, not to the nearest measure word of the sentence
/// (class 2 of the extraction issue); displacement said as a noun or a passive (class 3); numbers that count no people,
/// houses or money are no figure (class 1).
/// </summary>
public sealed class GoverningPredicateTests
{
    private static string MeasureOf(string text, string quote) => StageInput.Figure(text, quote).Measure.Name();

    [Theory]
    [InlineData("The cyclone killed six people and forced the relocation of more than 31,000 villagers.", "31,000", "displaced")]
    [InlineData("The cyclone killed six people and forced the relocation of more than 31,000 villagers.", "six", "killed")]
    [InlineData("About 9,000 people were registered as displaced by the county.", "9,000", "displaced")]
    [InlineData("A hamlet of 120 people fled the lava flow overnight.", "120", "displaced")]
    [InlineData("A hamlet of 120 people lies below the crater.", "120", "population")]
    [InlineData("Jordan has admitted 650,000 refugees since the war began.", "650,000", "displaced")]
    [InlineData("About 40 people were admitted to hospital with burns.", "40", "hospitalized")]
    [InlineData("Government troops killed 212 rebels and captured 35 near the pass.", "35", "detained")]
    [InlineData("Life expectancy in the province is around 61, and 300 people died of cholera.", "61", "other")]
    [InlineData("Life expectancy in the province is around 61, and 300 people died of cholera.", "300", "killed")]
    public void The_predicate_that_governs_the_number_gives_the_measure(string text, string quote, string measure)
    {
        Assert.Equal(measure, MeasureOf(text, quote));
    }

    [Theory]
    [InlineData("More than 118,000 displacements were recorded in the first half of the year.", "118,000")]
    [InlineData("The landslide led to the temporary relocation of an estimated 1,400 people.", "1,400")]
    [InlineData("About 2,300 residents remained evacuated on Sunday.", "2,300")]
    [InlineData("Some 800 families were forced out of their homes by the shelling.", "800")]
    [InlineData("Officials ordered the evacuation of 6,000 people from the delta.", "6,000")]
    public void Displacement_said_as_a_noun_or_a_passive_is_displaced(string text, string quote)
    {
        Assert.Equal("displaced", MeasureOf(text, quote));
    }

    [Theory]
    [InlineData("Rains flooded farms across 15 provinces, and the ministry said 40 people died.", "15")]
    [InlineData("Evacuees were taken into 152 shelters across the island.", "152")]
    [InlineData("Hundreds of firefighters fought the blaze, which forced 2,000 people to flee.", "Hundreds")]
    [InlineData("Infections stood at 5 per 1,000 people in the camp, where 12 people died.", "5 per 1,000")]
    [InlineData("Unemployment rose to 12% after the floods, which killed 40 people.", "12%")]
    [InlineData("Winds of 170-180 kilometres per hour killed four people.", "170-180 kilometres per hour")]
    [InlineData("The 1998 storm was a category two hurricane when it killed 40 people.", "two")]
    [InlineData("About 9,000 evacuees are sleeping in 64 public shelters after the flood.", "64")]
    [InlineData("Some 31,000 people are staying in 17 displacement sites near the capital.", "17")]
    [InlineData("Up to 2,000 people a day were crossing at the main border post.", "2,000")]
    [InlineData("Aid workers said 300 refugees per week reach the camp on foot.", "300")]
    [InlineData("Displaced families now outnumber residents by three to one in the town.", "three")]
    public void Numbers_that_count_no_people_houses_or_money_are_no_figure(string text, string quote)
    {
        Assert.Equal("other", MeasureOf(text, quote));
    }
}
