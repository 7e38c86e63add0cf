using Xunit;

namespace Sitrep.Core.Tests.Places;

/// <summary>
/// Scores a file of excerpts, one a line: the country (ISO 3166-1 alpha-2) where its counts hold, a tab, the excerpt.
/// Lines opening with '#' are comments; "# batch …" opens a batch, whose tally is printed at its end. Each figure placed
/// elsewhere is printed.
/// </summary>
internal static class CountryExcerpts
{
    public static (int Right, int Figures) Score(string file, ITestOutputHelper output)
    {
        int right = 0, figures = 0, batchRight = 0, batchFigures = 0;
        string? batch = null;
        void EndBatch()
        {
            if (batch is not null)
            {
                output.WriteLine($"{batch}: country right for {batchRight} of {batchFigures} figures");
            }
        }

        foreach (string line in File.ReadLines(file))
        {
            if (line.StartsWith("# batch ", StringComparison.Ordinal) && line.Length > 8 && char.IsAsciiDigit(line[8])) // "# batch 10", not a comment's line
            {
                EndBatch();
                (batch, batchRight, batchFigures) = (line[2..], 0, 0);
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            foreach (var f in StageInput.Extract(fields[1]).Figures.Where(f => f.Measure != Measure.Other))
            {
                (figures, batchFigures) = (figures + 1, batchFigures + 1);
                if (f.Place?.Country == fields[0])
                {
                    (right, batchRight) = (right + 1, batchRight + 1);
                }
                else
                {
                    output.WriteLine($"{fields[0]} expected, {f.Place?.Country ?? "none"} given ({f.Place?.Name}): {fields[1]}");
                }
            }
        }

        EndBatch();
        output.WriteLine($"country right for {right} of {figures} figures ({right / (double)figures:0.000})");
        return (right, figures);
    }
}
