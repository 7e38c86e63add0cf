using System.Globalization;
using Sitrep.Fuzz;
using SharpFuzz;

// sitrep-fuzz run TARGET [--seconds N] [--seed S] [--corpus DIR] [--findings DIR]   a mutation pass of our own (no instrumentation)
// sitrep-fuzz seeds TARGET DIR                                                       writes the seed inputs, to start libFuzzer or AFL with
// sitrep-fuzz libfuzzer TARGET                                                       the entry point for libfuzzer-dotnet (after sharpfuzz instrumentation)
// sitrep-fuzz afl TARGET                                                             the entry point for afl-fuzz (after sharpfuzz instrumentation)
if (args.Length < 2)
{
    Console.Error.WriteLine($"usage: sitrep-fuzz run|seeds|libfuzzer|afl TARGET [options]; targets: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
    return 2;
}

var target = FuzzTargets.Named(args[1]);
string Option(string name, string fallback) =>
    Array.IndexOf(args, name) is var at && at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
string corpus = Option("--corpus", Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus"));

switch (args[0])
{
    case "run":
    {
        var seeds = target.Seeds(corpus).ToList();
        var report = FuzzLoop.Run(target, seeds, TimeSpan.FromSeconds(double.Parse(Option("--seconds", "60"), CultureInfo.InvariantCulture)),
            int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture), TimeSpan.FromSeconds(10), Option("--findings", "fuzz-findings"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Target}: {report.Inputs:N0} inputs ({report.Seeds} seeds) in {report.Elapsed.TotalSeconds:0} s, {report.Findings.Count} finding(s)"));
        foreach (var finding in report.Findings)
        {
            Console.WriteLine(finding);
        }

        return report.Findings.Count == 0 ? 0 : 1;
    }

    case "seeds":
    {
        string folder = args.Length > 2 ? args[2] : "seeds";
        Directory.CreateDirectory(folder);
        int n = 0;
        foreach (var seed in target.Seeds(corpus))
        {
            File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{target.Name}-{n++:D4}")), seed);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} seeds written to {folder}"));
        return 0;
    }

    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target.Run(span.ToArray()));
        return 0;

    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;

    default:
        Console.Error.WriteLine($"unknown mode '{args[0]}': run, seeds, libfuzzer or afl");
        return 2;
}
