using Sitrep.Core.Attribution;
using Xunit;

namespace Sitrep.Core.Tests.Attribution;

/// <summary>Naming a source: a phrase is read once, but what it refers to is the report's own.</summary>
public sealed class SourceCanonicalizerTests
{
    private readonly SourceCanonicalizer _canonicalizer = new(ExtractionPipeline.CreateDefault().Lexicons);

    [Fact]
    public void A_bare_ministry_is_the_ministry_its_own_report_named_last_even_when_the_phrase_was_read_in_another()
    {
        var first = new SourceMemory();
        var second = new SourceMemory();

        string named = _canonicalizer.Canonicalize("the Varek Health Ministry", first);
        string inFirst = _canonicalizer.Canonicalize("the ministry", first);
        string otherNamed = _canonicalizer.Canonicalize("the Dunmere Interior Ministry", second);
        string inSecond = _canonicalizer.Canonicalize("the ministry", second);

        Assert.Equal(("Varek Health Ministry", "Dunmere Interior Ministry"), (named, otherNamed));
        Assert.Equal((named, otherNamed), (inFirst, inSecond));
    }

    [Theory]
    [InlineData("Varek Interior Ministry spokesman Teodor Rask")]
    [InlineData("Varek Interior Ministry Spokesman Teodor Rask")]
    [InlineData("Varek Interior Ministry SPOKESMAN Teodor Rask")]
    public void Speaker_and_organisation_words_are_known_in_any_case(string phrase) =>
        Assert.Equal("Varek Interior Ministry", _canonicalizer.Canonicalize(phrase, new SourceMemory()));

    [Fact]
    public void A_surname_speaks_for_the_office_its_report_gave_it_and_for_nobody_in_a_report_that_did_not()
    {
        var first = new SourceMemory();
        var second = new SourceMemory();

        string office = _canonicalizer.Canonicalize("Varek ombudsman Anna Tamsin", first);
        string inFirst = _canonicalizer.Canonicalize("Tamsin", first);
        string inSecond = _canonicalizer.Canonicalize("Tamsin", second);

        Assert.Equal(("Varek ombudsman", "Varek ombudsman", "Tamsin"), (office, inFirst, inSecond));
    }
}
