using Xunit;

namespace Sitrep.Core.Tests.Figures;

/// <summary>People shot and those of them who died: the dead are killed, the rest injured (a derived value).</summary>
public sealed class GunfireRuleTests
{
    [Theory]
    [InlineData("Seven people were shot, three fatally, at the block party.", 3.0, 4.0)]
    [InlineData("Four people were shot, one of whom died at the hospital.", 1.0, 3.0)]
    [InlineData("Six men were shot, two of them fatally, outside the club.", 2.0, 4.0)]
    [InlineData("The gunman shot five people, killing two.", 2.0, 3.0)]
    public void The_dead_among_those_shot_are_killed_and_the_rest_are_injured(string text, double killed, double injured)
    {
        var figures = StageInput.Extract(text).Figures;

        var dead = Assert.Single(figures, f => f.Measure == Measure.Killed);
        var wounded = Assert.Single(figures, f => f.Measure == Measure.Injured);
        Assert.Equal((killed, false), (dead.Value, dead.Has(FigureFlags.SubCount)));
        Assert.Equal((injured, true), (wounded.Value, wounded.Has(FigureFlags.Derived)));
    }

    [Theory]
    [InlineData("Three people were shot outside the bar on Sunday.", "injured", 3.0)]
    [InlineData("Two people were shot and killed on Route 4.", "killed", 2.0)]
    [InlineData("Two teenagers were fatally shot near the school.", "killed", 2.0)]
    [InlineData("Two people were struck by stray bullets during the celebration.", "injured", 2.0)]
    [InlineData("Five other people were hit by bullets during the shooting.", "injured", 5.0)]
    [InlineData("Four men suffered gunshot wounds in the exchange.", "injured", 4.0)]
    [InlineData("Three people sustained gunshot wounds, police said.", "injured", 3.0)]
    public void People_shot_are_wounded_unless_the_sentence_says_they_died(string text, string measure, double value)
    {
        var figure = Assert.Single(StageInput.Extract(text).Figures, f => f.Measure != Measure.Other);

        Assert.Equal((measure, value, false), (figure.Measure.Name(), figure.Value, figure.Has(FigureFlags.Derived)));
    }

    [Theory]
    [InlineData("Three people are dead and two are in critical condition after the shooting.")]
    [InlineData("3 killed, 2 in critical condition after shooting in a Westfield home")]
    public void Those_in_critical_condition_beside_the_dead_are_in_hospital_not_dead(string text)
    {
        var figures = StageInput.Extract(text).Figures.Where(f => f.Measure != Measure.Other);

        Assert.Equal([(Measure.Killed, 3.0), (Measure.Hospitalized, 2.0)], figures.Select(f => (f.Measure, f.Value)));
    }

    [Fact]
    public void Others_killed_beside_those_shot_are_not_taken_from_them()
    {
        var figures = StageInput.Extract("The gunman shot five people, killing two others.").Figures;

        Assert.Equal([(Measure.Injured, 5.0), (Measure.Killed, 2.0)], figures.Select(f => (f.Measure, f.Value)));
    }
}
