using Sitrep.Core.Tests.Quality;
using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// The country of each figure of short displacement excerpts we wrote (Fixtures/Places/displacement-excerpts.tsv), the
/// kind of text of the issue's ~300 excerpts (kept from us): a province, a district, a town, often no country named.
/// </summary>
public sealed class DisplacementExcerptCountryTests(ITestOutputHelper output)
{
    private static string File => Path.Combine(Fixture.Folder, "..", "Places", "displacement-excerpts.tsv");

    [Fact]
    public void Four_figures_in_five_of_the_excerpts_are_placed_in_their_country()
    {
        int right = 0, figures = 0;
        foreach (string line in System.IO.File.ReadLines(File))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            foreach (var f in StageInput.Extract(fields[1]).Figures.Where(f => f.Measure != Measure.Other))
            {
                figures++;
                if (f.Place?.Country == fields[0])
                {
                    right++;
                }
                else
                {
                    output.WriteLine($"{fields[0]} expected, {f.Place?.Country ?? "none"} given ({f.Place?.Name}): {fields[1]}");
                }
            }
        }

        output.WriteLine($"country right for {right} of {figures} figures ({right / (double)figures:0.000})");
        Assert.Equal(136, figures);
        Assert.True(right >= 125, $"country right for {right} of {figures} figures");
    }
}
