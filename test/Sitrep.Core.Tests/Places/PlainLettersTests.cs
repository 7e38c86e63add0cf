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

    [Theory]
    [InlineData("Nuku\u2018alofa", "Nuku'alofa")]
    [InlineData("Sana\u02BCa", "Sana'a")]
    [InlineData("Ma'rib", null)] // typed already
    [InlineData("Kyiv", null)]
    public void Apostrophes_are_typed_as_a_keyboard_types_them(string name, string? typed)
    {
        Assert.Equal(typed, PlainLetters.WithTypedApostrophes(name));
    }

    [Theory]
    [InlineData("Port-Vila", "Port Vila")]
    [InlineData("Port-au-Prince", "Port au Prince")]
    [InlineData("Mont-de-Marsan", "Mont de Marsan")]
    [InlineData("-Vila", null)] // no letter before it
    [InlineData("Vila", null)]
    public void A_hyphen_between_letters_may_be_a_space(string name, string? spaced)
    {
        Assert.Equal(spaced, PlainLetters.HyphensAsSpaces(name));
    }
}
