using System.Globalization;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Fuzz.Tests;

/// <summary>
/// A bounded fuzz pass over every reader, seeded from <c>../shared/corpus</c>: about ten seconds each
/// (<c>SITREP_FUZZ_SECONDS</c> changes it), the same inputs on every run (<c>SITREP_FUZZ_SEED</c> picks others).
/// A finding fails the test with the input saved; once fixed, the input joins <c>Regressions/</c>.
/// For long runs, see the README (<c>fuzz/Sitrep.Fuzz</c>).
/// </summary>
public sealed class FuzzPassTests
{
    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    private static double Seconds =>
        double.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out double s) ? s : 10;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : 1;

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_bounded_fuzz_pass_finds_no_crash_and_no_hang(string name)
    {
        var target = FuzzTargets.Named(name);
        var seeds = target.Seeds(SharedCorpus.Require("corpus")).ToList();
        string findings = Path.Combine(Path.GetTempPath(), "sitrep-fuzz-findings");

        var report = FuzzLoop.Run(target, seeds, TimeSpan.FromSeconds(Seconds), Seed, TimeSpan.FromSeconds(20), findings, TestContext.Current.CancellationToken);

        TestContext.Current.SendDiagnosticMessage($"{name}: {report.Inputs} inputs from {report.Seeds} seeds in {report.Elapsed.TotalSeconds:0.0} s");
        Assert.NotEmpty(seeds);
        Assert.True(report.Inputs > seeds.Count, $"{name}: only {report.Inputs} inputs in {report.Elapsed.TotalSeconds:0.0} s");
        Assert.True(report.Findings.Count == 0,
            string.Join("\n", report.Findings.Select(f => $"{f}; move it to test/Sitrep.Fuzz.Tests/Regressions/{name}/ (with text of our own) once fixed")));
    }
}
