using Sitrep.Core.Cleaning;
using Sitrep.Core.Lexicons;
using Xunit;

namespace Sitrep.Core.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private const string Lede = "A strong earthquake struck the old town before dawn on Monday, officials said.";
    private const string Closing = "Aid groups said food and water were running short in the hills.";

    private static readonly BoilerplateCleaner Cleaner = new(LexiconSet.Default);

    private static List<(string Text, BlockRole Role)> Roles(string text, string? title = null)
    {
        var clean = Cleaner.Clean(new Article { Id = "a", Text = text, Title = title });
        return clean.Blocks.Select(b => (text.Substring(b.Span.Start, b.Span.Length), b.Role)).ToList();
    }

    private static BlockRole RoleInBody(string paragraph)
    {
        var roles = Roles("Quake kills dozens in the old town\n\n" + Lede + "\n\n" + paragraph + "\n\n" + Closing);
        Assert.Equal(4, roles.Count);
        Assert.Equal(paragraph, roles[2].Text);
        return roles[2].Role;
    }

    [Theory]
    [InlineData("Your browser doesn't support HTML5 video", BlockRole.Media)]
    [InlineData("Your browser doesn’t support HTML5 audio.", BlockRole.Media)]
    [InlineData("Your browser does not support the video tag.", BlockRole.Media)]
    [InlineData("SEE ALSO: Aid convoys reach stricken valley", BlockRole.RelatedLink)]
    [InlineData("Read more: How the valley rebuilt after the last quake", BlockRole.RelatedLink)]
    [InlineData("With reporting by Ana Writer in Lima.", BlockRole.Credit)]
    [InlineData("With additional reporting by Ana Writer and Tomas Reporter.", BlockRole.Credit)]
    [InlineData("(Reporting by Ana Writer; Editing by Bo Editor)", BlockRole.Credit)]
    [InlineData("Editing by Bo Editor", BlockRole.Credit)]
    [InlineData("Photo: Valley Herald", BlockRole.Credit)]
    [InlineData("Residents wait outside a damaged hospital in the old town on March 3.", BlockRole.Caption)]
    [InlineData("A rescuer carries a child through the rubble in Korvan on Tuesday, Sept. 26, 2023.", BlockRole.Caption)]
    [InlineData("RESCUE EFFORTS", BlockRole.Heading)]
    [InlineData("## Rescue efforts", BlockRole.Heading)]
    [InlineData("Mass Exodus As Thousands Flee The Border Region", BlockRole.RelatedLink)]
    [InlineData("By Ana Writer", BlockRole.Byline)]
    [InlineData("© 2023 Valley Herald. All rights reserved.", BlockRole.Boilerplate)]
    [InlineData("Sign up for our morning newsletter", BlockRole.Boilerplate)]
    public void Page_leftovers_get_their_role(string paragraph, BlockRole role)
    {
        Assert.Equal(role, RoleInBody(paragraph));
    }

    [Theory]
    [InlineData("Rescuers pulled 20 people from the rubble, officials said.")]
    [InlineData("The ministry said 20 people had died in the town on March 3.")]
    [InlineData("The U.N. refugee agency said 3,000 people had crossed the border.")]
    [InlineData("\"We lost everything,\" said Ana Petrosyan, 52, whose house collapsed.")]
    [InlineData("By nightfall, 300 families had left the town.")]
    public void Body_paragraphs_stay_body(string paragraph)
    {
        Assert.Equal(BlockRole.Body, RoleInBody(paragraph));
    }

    [Fact]
    public void The_title_of_a_player_that_did_not_load_is_media_too()
    {
        var roles = Roles("Quake kills dozens\n\n" + Lede + "\n\nYour browser doesn't support HTML5 video\n\nSurvivors dig through rubble in the old town\n\n" + Closing);

        Assert.Equal(
            [BlockRole.Title, BlockRole.Body, BlockRole.Media, BlockRole.Media, BlockRole.Body],
            roles.Select(r => r.Role));
    }

    [Theory]
    [InlineData("Quake kills dozens in the old town\n\n" + Lede, BlockRole.Title)]
    [InlineData("QUAKE KILLS DOZENS\n\n" + Lede, BlockRole.Title)]
    [InlineData(Lede + "\n\n" + Closing, BlockRole.Body)]
    public void The_first_block_is_the_title_when_it_reads_like_a_headline(string text, BlockRole role)
    {
        Assert.Equal(role, Roles(text)[0].Role);
    }

    [Fact]
    public void The_first_block_is_the_title_when_it_equals_the_given_title_even_with_a_period()
    {
        var roles = Roles("Dozens die as quake hits old town.\n\n" + Lede, title: "Dozens die as quake  hits old town.");

        Assert.Equal(BlockRole.Title, roles[0].Role);
    }

    [Fact]
    public void Blocks_a_reader_gave_keep_their_roles_and_are_not_searched_for_a_title()
    {
        const string text = "Quake kills dozens\n\nBy Ana Writer\n\n" + Lede;
        var article = new Article
        {
            Id = "a",
            Text = text,
            Blocks =
            [
                new Block(new TextSpan(0, 18), BlockRole.Body),
                new Block(new TextSpan(20, 12), BlockRole.Byline),
                new Block(TextSpan.FromBounds(34, text.Length), BlockRole.Body),
            ],
        };

        var roles = Cleaner.Clean(article).Blocks.Select(b => b.Role);

        Assert.Equal([BlockRole.Body, BlockRole.Byline, BlockRole.Body], roles);
    }

    [Fact]
    public void Figures_in_captions_related_links_and_credits_are_not_read()
    {
        const string text =
            "Quake kills dozens\n\n" +
            "The quake killed 41 people in the old town, officials said.\n\n" +
            "SEE ALSO: Floods kill 90 in the north\n\n" +
            "Residents wait as 300 trucks queue at the border crossing on March 3.\n\n" +
            "Mass Exodus As 5,000 Flee The Border Region";

        var figures = StageInput.Extract(text).Figures;

        Assert.Equal(["41"], figures.Select(f => f.Quote));
    }

    [Fact]
    public void A_pattern_that_times_out_does_not_match_and_does_not_fail_the_article()
    {
        string paragraph = new string('a', 40) + "b";
        var lexicons = LexiconSet.Load(new LexiconSource(file => file == "boilerplate.tsv" ? "^(a|aa)+$\tmedia\n" : null));
        var article = new Article { Id = "a", Text = "Quake kills dozens\n\n" + Lede + "\n\n" + paragraph };

        var roles = new BoilerplateCleaner(lexicons).Clean(article).Blocks.Select(b => b.Role);

        Assert.Equal([BlockRole.Title, BlockRole.Body, BlockRole.Body], roles);
    }

    [Fact]
    public void Patterns_apply_in_their_order_whether_or_not_they_run_in_linear_time()
    {
        // The second pattern needs a backreference (so it runs apart from the linear-time ones, which are tried
        // together first); the third also matches "Watch: …" but comes after the first, which names it media.
        const string patterns = "^watch\\s*:\tmedia\n^(\\w+) \\1 \\1$\tboilerplate\n^watch\tcaption\n";
        var lexicons = LexiconSet.Load(new LexiconSource(file => file == "boilerplate.tsv" ? patterns : null));
        var article = new Article { Id = "a", Text = "Quake kills dozens\n\n" + Lede + "\n\nWatch: the valley after the quake\n\nshare share share\n\nwatching the river rise" };

        var roles = new BoilerplateCleaner(lexicons).Clean(article).Blocks.Select(b => b.Role);

        Assert.Equal([BlockRole.Title, BlockRole.Body, BlockRole.Media, BlockRole.Boilerplate, BlockRole.Caption], roles);
    }
}
