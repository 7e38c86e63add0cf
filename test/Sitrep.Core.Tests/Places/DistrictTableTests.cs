using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The second-level areas over a districts text of our own: found case-blind, with or without accents, namesakes in the
/// file's order, a line the file repeats as one entry, and each entry read from its line (the name GeoNames writes, the
/// area's shared code).
/// </summary>
public sealed class DistrictTableTests
{
    private const string Text =
        "# districts of our own\n" +
        "D\tKervath\t\tXB\tXB-02\t10.5\t20.5\n" +
        "D\tKérvath\tKérvath Regency\tXA\tXA-01\t-3.25\t101.75\n" +
        "D\tValdoria\t\tXA\tXA-01\t1\t2\n" +
        "D\tValdoria\t\tXA\tXA-01\t1\t2\n" +
        "D\tvaldoria\t\tXC\t\t3\t4\n" +
        "D\tEl-Marvas\t\tXA\tXA-01\t5\t6\n" +
        "D\tshort line\tXA\n" +
        "P\tValdoria\tXA\tXA-01\t1\t2\t900\t\t\n";

    private static DistrictTable Table()
    {
        var area = new PlaceEntry("Upper Area", PlacePrecision.Admin1, "XA", "XA-01", 0, 0, 0, 0);
        return new DistrictTable(new Dictionary<string, PlaceEntry> { ["XA-01"] = area }, Text);
    }

    [Fact]
    public void Names_are_found_case_blind_with_namesakes_in_the_files_order_and_repeated_lines_once()
    {
        var table = Table();

        var valdoria = table.Find("VALDORIA");
        Assert.Equal(["XA", "XC"], valdoria.Select(d => d.Country));
        Assert.All(valdoria, d => Assert.Equal(PlacePrecision.Admin2, d.Precision));
        Assert.Null(valdoria[1].Admin1);
        Assert.Empty(table.Find("Valdori"));
        Assert.Empty(table.Find("short line"));
        Assert.Empty(table.Find("Zandor"));
    }

    [Fact]
    public void A_name_without_accents_finds_the_accented_area_too_and_an_accented_one_finds_its_own()
    {
        var table = Table();

        Assert.Equal(["XB", "XA"], table.Find("kervath").Select(d => d.Country));
        var accented = Assert.Single(table.Find("KÉRVATH"));
        Assert.Equal("Kérvath Regency", accented.Name);
        Assert.Equal((-3.25, 101.75), (accented.Lat, accented.Lon));
        Assert.Equal(["XA", "XC"], table.Find("Valdória").Select(d => d.Country)); // no such name: read without its accent
    }

    [Fact]
    public void Every_one_of_many_accented_areas_is_found_with_and_without_its_accents()
    {
        // Forty names, each indexed twice (as written, and without accents), so that a slot read wrongly (which of its two
        // names it holds, which line) turns some of them away whatever the process's hash seed.
        var names = Enumerable.Range(0, 40).Select(i => $"Ár{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}vel").ToList();
        string text = string.Concat(names.Order(StringComparer.Ordinal).Select((n, i) => $"D\t{n}\t\tXA\tXA-01\t{i}\t{i}\n"));
        var table = new DistrictTable(new Dictionary<string, PlaceEntry>(), text);

        foreach (string name in names)
        {
            var written = Assert.Single(table.Find(name));
            var plain = Assert.Single(table.Find("Ar" + name[2..]));
            Assert.Same(written, plain);
            Assert.Equal(name, written.Name);
        }
    }

    [Fact]
    public void An_entry_is_read_once_and_shares_its_areas_code()
    {
        var table = Table();

        var first = table.Find("Valdoria")[0];
        Assert.Same(first, table.Find("valdoria")[0]);
        Assert.Same("XA-01", first.Admin1);
    }

    [Fact]
    public void A_name_written_with_spaces_finds_its_hyphens()
    {
        var table = Table();

        Assert.Equal(["XA"], table.Find("El Marvas").Select(d => d.Country));
        Assert.Equal(["XA"], table.Find("El-Marvas").Select(d => d.Country));
        Assert.Empty(table.Find("El Marva"));
    }
}
