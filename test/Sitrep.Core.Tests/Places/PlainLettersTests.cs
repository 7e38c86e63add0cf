using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

public sealed class PlainLettersTests
{
    [Theory]
    [InlineData("Tillabéri", "Tillaberi")]
    [InlineData("Petrópolis", "Petropolis")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Constanța", "Constanta")]
    [InlineData("Hyūga", "Hyuga")]
    [InlineData("Århus", "Arhus")]
    [InlineData("Kyiv", "Kyiv")]
    public void A_name_without_its_accents_keeps_its_letters_and_length(string name, string plain)
    {
        Assert.Equal(plain, PlainLetters.Plain(name));
        Assert.Equal(name != plain, PlainLetters.HasAccents(name));
    }

    [Theory]
    [InlineData("Æbeltoft")]
    [InlineData("Straße")]
    public void A_letter_that_is_two_letters_plain_is_kept(string name)
    {
        Assert.Equal(name, PlainLetters.Plain(name));
    }
}
