using System.Text;
using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// Names in UTF-8 compared with names in .NET strings: the same answers as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// gives for the decoded text, for ASCII and for the letters beyond it whose case .NET folds (or does not).
/// </summary>
public sealed class Utf8NamesTests
{
    private static readonly string[] Names =
    [
        "Kelvaro", "KELVARO", "kelvaro", "Kelvar", "Kelvaroo", "Kelvár", "KELVÁR", "kelvár", "Kelvar\u0301",
        "Istanbul", "İstanbul", "ıstanbul", "ISTANBUL", "Strasse", "Straße", "STRASSE", "\u212Aelvaro", "Sitrep",
        "\u017Fitrep", "Ångström", "ÅNGSTRÖM", "ångström", "Αθήνα", "ΑΘΉΝΑ", "αθήνα", "Saint-Denis", "SAINT-DENIS", "O'Fallon",
        "O’Fallon", "", "a", "A",
    ];

    public static TheoryData<string> Each() => [.. Names];

    [Theory]
    [MemberData(nameof(Each))]
    public void A_utf8_name_equals_a_string_as_ordinal_ignore_case_says(string name)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        foreach (string other in Names)
        {
            bool expected = name.Equals(other, StringComparison.OrdinalIgnoreCase);

            Assert.True(expected == Utf8Names.EqualsIgnoreCase(utf8, other), $"'{name}' against the string '{other}'");
            Assert.True(expected == Utf8Names.EqualsIgnoreCase(utf8, Encoding.UTF8.GetBytes(other)), $"'{name}' against the bytes of '{other}'");
        }
    }

    [Fact]
    public void A_name_decodes_as_the_encoding_decodes_it()
    {
        foreach (string name in Names)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(name);
            var into = new char[utf8.Length];

            Assert.Equal(name, new string(into, 0, Utf8Names.Decode(utf8, into)));
            Assert.Equal(name, Utf8Names.String(utf8));
        }
    }

    [Fact]
    public void A_name_longer_than_the_stack_buffer_is_compared_too()
    {
        string longName = string.Concat(Enumerable.Repeat("Ålborg ", 60));

        Assert.True(Utf8Names.EqualsIgnoreCase(Encoding.UTF8.GetBytes(longName), longName.ToUpperInvariant()));
        Assert.False(Utf8Names.EqualsIgnoreCase(Encoding.UTF8.GetBytes(longName), longName.ToUpperInvariant() + "x"));
    }
}
