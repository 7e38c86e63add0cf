using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>One victim told without a numeral counts one when a casualty predicate governs the phrase, and only then.</summary>
public sealed class SinglePersonTests
{
    private static IEnumerable<(string Quote, Measure Measure, double Value)> Figures(string text) =>
        StageInput.Extract(text).Figures.Where(f => f.Measure != Measure.Other).Select(f => (f.Quote, f.Measure, f.Value));

    [Theory]
    [InlineData("A man was shot and killed on Harlan Street late Friday.", "A man", "killed")]
    [InlineData("Deputies said a teen was wounded in the crossfire.", "a teen", "injured")]
    [InlineData("The victim was pronounced dead at the scene, deputies said.", "The victim", "killed")]
    [InlineData("A 19-year-old Westfield College student was shot dead outside the library.", "A 19-year-old Westfield College student", "killed")]
    [InlineData("A woman was shot in the chest and later died at Mercy Hospital.", "A woman", "killed")]
    [InlineData("The gunman shot and killed his brother-in-law before fleeing.", "his brother", "killed")]
    [InlineData("The accident took the life of his 6-year-old nephew.", "his 6-year-old nephew", "killed")]
    [InlineData("Tomas, 11, was shot and killed in the yard.", "Tomas, 11", "killed")]
    [InlineData("Kessler boy killed in hunting accident", "Kessler boy", "killed")]
    [InlineData("A pedestrian was taken to the hospital with minor injuries.", "A pedestrian", "hospitalized")]
    [InlineData("A 12-year-old girl is recovering after she was accidentally shot by her cousin.", "A 12-year-old girl", "injured")]
    [InlineData("Her son, who was accidentally shot last week, went home on Monday.", "Her son", "injured")]
    [InlineData("Police said a 15-year-old was seriously injured in the shooting on Dover Street.", "a 15-year-old", "injured")]
    [InlineData("The 4-year-old who was shot in the apartment on Elm Court has died.", "The 4-year-old", "killed")]
    [InlineData("6-year-old shot in drive-by on Carter Avenue", "6-year-old", "injured")]
    [InlineData("The medical examiner identified a 2-year-old who was killed by a stray round.", "a 2-year-old", "killed")]
    [InlineData("The man was taken to hospital in critical condition and was later pronounced dead.", "The man", "killed")]
    [InlineData("Darnell Hayes died at the scene shortly after 2 a.m.", "Darnell Hayes", "killed")]
    [InlineData("Okafor was pronounced dead at Mercy Hospital, police said.", "Okafor", "killed")]
    [InlineData("Deputies said he later died at the hospital.", "he", "killed")]
    [InlineData("She died at Grady Memorial Hospital shortly after 6 p.m.", "She", "killed")]
    [InlineData("A woman suffered a gunshot wound to the leg on Pine Street.", "A woman", "injured")]
    [InlineData("A 19-year-old man suffered a life-threatening gunshot wound early Sunday.", "A 19-year-old man", "injured")]
    [InlineData("The clerk sustained a non-life-threatening gunshot wound to the arm.", "The clerk", "injured")]
    [InlineData("A third man suffered a fatal gunshot wound.", "A third man", "killed")]
    [InlineData("Officers said a 7-year-old girl was struck by a stray bullet in the courtyard.", "a 7-year-old girl", "injured")]
    [InlineData("A woman was hit by a bullet while she slept.", "A woman", "injured")]
    [InlineData("A 15-year-old boy was in critical condition after being shot on Tuesday.", "A 15-year-old boy", "hospitalized")]
    [InlineData("The driver is expected to survive, troopers said.", "The driver", "injured")]
    public void A_person_governed_by_a_casualty_predicate_counts_one(string text, string quote, string measure)
    {
        Assert.Equal([(quote, Vocabulary.TryParseMeasure(measure, out var m) ? m : Measure.Other, 1.0)], Figures(text));
    }

    [Theory]
    [InlineData("A man was arrested on Tuesday.")]
    [InlineData("Police said a man fired several rounds into the air.")]
    [InlineData("The man's car was found burned out.")]
    [InlineData("His brother told reporters the family was in shock.")]
    [InlineData("Hassan Demir, 52, said the road was closed.")]
    [InlineData("A 14-year-old was arrested after the shooting.")]
    [InlineData("Darnell Hayes killed his cousin's dog, prosecutors said.")]
    [InlineData("Hayes said the family was in shock.")]
    [InlineData("Texas was hit hardest by the storm.")]
    [InlineData("Landslide kills herders in the north")]
    [InlineData("Two adults inside the house were not hurt.")]
    [InlineData("Three other passengers were not seriously injured, deputies said.")]
    [InlineData("Four children in the back seat were unharmed.")]
    [InlineData("Pupils were inside the school at the time, but no one was hurt.")]
    [InlineData("Not one person died in the fire, the chief said.")]
    [InlineData("A woman who lives across the street heard the shots.")]
    [InlineData("One lives in Dayton and the other in Xenia.")]
    [InlineData("One person with a gun can devastate lives.")]
    [InlineData("A 5-year-old program was cut after the shooting.")]
    public void A_person_who_is_no_casualty_counts_nothing(string text)
    {
        Assert.Empty(Figures(text));
    }

    [Fact]
    public void The_shooter_of_a_sentence_is_not_counted_and_the_person_shot_is()
    {
        Assert.Equal([("a neighbor", Measure.Injured, 1.0)], Figures("A man shot a neighbor during the argument."));
    }

    [Theory]
    [InlineData("The girl and her father were wounded by stray bullets.", "The girl and her father", "injured", 2)]
    [InlineData("A 9-month-old girl and a 31-year-old man were both shot late Sunday.", "A 9-month-old girl and a 31-year-old man", "injured", 2)]
    [InlineData("A boy and 22-year-old woman were hurt when the gunman fired.", "A boy and 22-year-old woman", "injured", 2)]
    [InlineData("Marcus Bell, 41, Dana Price, 37, and Leo Ortiz, 19, were killed in the attack.", "Marcus Bell, 41, Dana Price, 37, and Leo Ortiz, 19", "killed", 3)]
    [InlineData("Deputies said a 12-year-old boy, two women and a man were shot outside the store.", "a 12-year-old boy, two women and a man", "injured", 4)]
    [InlineData("A seven-year-old and three people were shot in a drive-by on Sunday.", "A seven-year-old and three people", "injured", 4)]
    public void Persons_listed_with_and_count_together(string text, string quote, string measure, double value)
    {
        Assert.Equal([(quote, Vocabulary.TryParseMeasure(measure, out var m) ? m : Measure.Other, value)], Figures(text));
    }

    [Fact]
    public void A_person_named_twice_in_apposition_counts_once()
    {
        Assert.Equal([("The victim", Measure.Killed, 1.0)], Figures("The victim, 47-year-old Irene Walsh, died on the way to the hospital, police said."));
    }

    [Fact]
    public void One_after_a_determiner_and_an_adjective_is_a_pronoun()
    {
        Assert.Equal(
            [("Thirty", Measure.Killed, 30.0)],
            Figures("Thirty people were killed. \"We would rather fix a figure than leave a wrong one standing,\" the minister said."));
    }

    [Fact]
    public void Counts_listed_without_a_person_stay_figures_of_their_own()
    {
        Assert.Equal(
            [("214", Measure.Killed, 214.0), ("one", Measure.Killed, 1.0)],
            Figures("The ministry said 214 soldiers and one civilian had been killed."));
    }

    [Fact]
    public void Persons_listed_that_outnumber_the_number_of_the_report_are_kept()
    {
        Assert.Equal(
            [("a girl, three women and a man", Measure.Injured, 5.0), ("Two", Measure.Injured, 2.0)],
            Figures("Police said a girl, three women and a man were shot. Two victims were shot in the leg."));
    }

    [Fact]
    public void A_person_in_a_report_that_gives_the_number_adds_nothing_to_it()
    {
        const string text = "Three people were killed in the shooting at the Oakdale mall. A man was shot and killed near the food court.";

        Assert.Equal([("Three", Measure.Killed, 3.0)], Figures(text));
    }

    /// <summary>A person shot may be the one who died (the ledger counts them once), unless the sentence says they lived or are another.</summary>
    [Theory]
    [InlineData("The boy was shot in the head on Roxbury Street.", "shot")]
    [InlineData("Deputies found another 16-year-old boy who had been shot in the ankle.", null)]
    [InlineData("A woman was also shot, but survived after surgery.", null)]
    [InlineData("A man was shot and is in critical condition.", null)]
    public void A_person_shot_is_marked_as_such_unless_the_sentence_says_they_lived(string text, string? aspect)
    {
        var figure = Assert.Single(StageInput.Extract(text).Figures, f => f.Measure == Measure.Injured);
        Assert.Equal(aspect, figure.Aspect);
    }
}
