using System.Globalization;
using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The shipped gazetteer as its loader reads it, by hand for speed: each number as double.Parse reads it, to the last bit,
/// and the towns in the order its search needs (a name's towns side by side).
/// </summary>
public sealed class GazetteerNumberTests
{
    [Theory]
    [InlineData("12.3456")]
    [InlineData("-0.1278")]
    [InlineData("40.4168")]
    [InlineData("-33.86785")]
    [InlineData("179.99999")]
    [InlineData("0")]
    [InlineData("48000")]
    [InlineData("0.1")]
    [InlineData("1e3")]
    [InlineData("-")]
    public void A_number_reads_as_double_parse_reads_it(string text)
    {
        double expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Gazetteer.Number(text)));
    }

    [Fact]
    public void Every_number_of_the_shipped_gazetteer_reads_as_double_parse_reads_it()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Places", "gazetteer.tsv");
        var text = File.Exists(file) ? File.ReadAllLines(file) : [];
        Assert.NotEmpty(text);
        int compared = 0;
        foreach (string line in text.Where(l => l.Length > 0 && l[0] is not '#' and not 'N'))
        {
            var fields = line.Split('\t');
            // C and A rows: code, name, lat, lon; P rows: name, country, admin1, lat, lon, population, seat (N rows, a
            // county's area and name, have no number).
            foreach (string field in line[0] == 'P' ? fields[4..7] : fields[3..5])
            {
                double expected = double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Gazetteer.Number(field)));
                compared++;
            }
        }

        Assert.True(compared > 100_000, $"only {compared} numbers read");
    }

    [Fact]
    public void The_shipped_towns_come_sorted_as_the_gazetteer_searches_them()
    {
        // The build script sorts them; a file it did not sort is sorted at load, at a cost to the first extraction.
        Assert.True(ExtractionPipeline.CreateDefault().Lexicons.Gazetteer.Value.ShippedSorted);
    }
}
