using Xunit;

namespace Sitrep.Fuzz.Tests;

/// <summary>Every input kept in <c>Regressions/TARGET/</c> goes through its reader (and extraction) without an exception.</summary>
public sealed class RegressionTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Regressions");

    public static TheoryData<string, string> Inputs =>
    [
        .. FuzzTargets.All.SelectMany(t => Directory.EnumerateFiles(Path.Combine(Folder, t.Name)).Order(StringComparer.Ordinal)
            .Select(f => new TheoryDataRow<string, string>(t.Name, Path.GetFileName(f)))),
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_kept_input_is_read_without_an_exception(string target, string file)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(Folder, target, file));

        var run = Record.Exception(() => FuzzTargets.Named(target).Run(input));

        Assert.Null(run);
    }

    [Fact]
    public void Every_target_has_kept_inputs()
    {
        Assert.All(FuzzTargets.All, t => Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(Folder, t.Name))));
    }
}
