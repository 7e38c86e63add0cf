using BenchmarkDotNet.Running;
using Sitrep.Bench;

if (args.Length > 0 && args[0] == "stories")
{
    return StoryStreamRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "extract-scale")
{
    return ExtractionScaleRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "extract-stages")
{
    return ExtractionStageRun.Run(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
