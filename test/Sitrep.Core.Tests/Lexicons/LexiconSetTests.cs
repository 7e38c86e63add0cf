using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Lexicons;

public sealed class LexiconSetTests
{
    private static LexiconSource UserFile(string name, string content) => new(file => file == name ? content : null);

    [Theory]
    [InlineData("measures.tsv", "zorbled\tkilled\n", 1, "'zorbled\\tkilled'", "needs 3 tab-separated fields")]
    [InlineData("measures.tsv", "# my words\n\nzorbled\tvanished\tverb\n", 3, "'zorbled'", "unknown measure 'vanished'")]
    [InlineData("hedges.tsv", "a whopping\tloads\tbefore\n", 1, "'a whopping'", "unknown qualifier 'loads'")]
    [InlineData("reporting.tsv", "squawked\tverb\r\nsquealed\tshout\r\n", 2, "'squealed'", "unknown value 'shout'")]
    [InlineData("nouns.tsv", "herders\n", 1, "'herders'", "needs 2 tab-separated fields")]
    [InlineData("boilerplate.tsv", "^listen now\tjingle\n", 1, "'^listen now'", "unknown value 'jingle'")]
    [InlineData("boilerplate.tsv", "^listen (now\tmedia\n", 1, "'^listen (now'", "invalid regular expression")]
    [InlineData("countries.tsv", "# made-up countries\nVarekia\tVarekian\tVarek City\nOstrava Land\n", 3, "'Ostrava Land'", "needs 2 tab-separated fields")]
    [InlineData("currencies.tsv", "V$\tVRK\tprefix\nvareks\tVRK\n", 2, "'vareks\\tVRK'", "needs 3 tab-separated fields")]
    [InlineData("units.tsv", "\n\nleagues\n", 3, "'leagues'", "needs 2 tab-separated fields")]
    public void A_malformed_user_line_is_a_format_error_naming_the_file_and_its_line_in_the_users_file(
        string file, string content, int line, string entry, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ExtractionPipeline.Create(UserFile(file, content)));

        Assert.StartsWith($"{file}: line {line} ", error.Message, StringComparison.Ordinal);
        Assert.Contains(entry, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_user_line_stops_the_pipeline_from_being_built()
    {
        var error = Assert.Throws<FormatException>(() => ExtractionPipeline.Create(UserFile("measures.tsv", "zorbled\n")));

        Assert.Contains("measures.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_measure_line_teaches_a_new_phrasing_without_recompiling()
    {
        const string text = "At least 14 villagers were zorbled near the river.";
        var pipeline = ExtractionPipeline.Create(UserFile("measures.tsv", "zorbled\tkilled\tverb\n"));

        var before = StageInput.Figure(text, "14");
        var after = StageInput.Figure(text, "14", pipeline: pipeline);

        Assert.Equal(Measure.Other, before.Measure);
        Assert.Equal((Measure.Killed, Qualifier.AtLeast, "villagers"), (after.Measure, after.Qualifier, after.Subject));
    }

    [Fact]
    public void A_user_measure_line_can_turn_a_built_in_phrasing_into_a_non_figure()
    {
        const string text = "Some 300 people were evacuated from the valley.";
        var pipeline = ExtractionPipeline.Create(UserFile("measures.tsv", "evacuated\tother\tverb\n"));

        Assert.Equal(Measure.Displaced, StageInput.Figure(text, "300").Measure);
        Assert.Equal(Measure.Other, StageInput.Figure(text, "300", pipeline: pipeline).Measure);
    }

    [Fact]
    public void A_user_hedge_line_teaches_a_new_qualifier_phrase()
    {
        const string text = "Upwards of 300 people were evacuated from the valley.";
        var pipeline = ExtractionPipeline.Create(UserFile("hedges.tsv", "upwards of\tmore_than\tbefore\n"));

        Assert.Equal(Qualifier.MoreThan, StageInput.Figure(text, "300", pipeline: pipeline).Qualifier);
    }

    [Fact]
    public void A_user_boilerplate_line_gives_a_new_block_role()
    {
        const string text = "Floods hit the valley\n\nSome 300 people were evacuated from the valley.\n\nListen to this story: 4 minutes, 300 words.";
        var pipeline = ExtractionPipeline.Create(UserFile("boilerplate.tsv", "^listen to this story\tmedia\n"));

        var roles = pipeline.Clean(StageInput.Article(text)).Blocks.Select(b => b.Role);

        Assert.Equal([BlockRole.Title, BlockRole.Body, BlockRole.Media], roles);
    }

    [Fact]
    public void Built_in_files_are_all_embedded_and_parse()
    {
        Assert.All(LexiconSource.FileNames, name => Assert.False(string.IsNullOrWhiteSpace(LexiconSource.BuiltIn(name))));
        Assert.True(LexiconSet.Default.Measures.Count > 100);
    }

    [Theory]
    [InlineData("the Armenian Government", "armenian government")]
    [InlineData("Armenia’s  government.", "armenia's government")]
    [InlineData("The U.N.", "un")]
    public void Source_names_are_compared_by_a_normalised_key(string name, string key)
    {
        Assert.Equal(key, LexiconSet.SourceKey(name));
    }
}
