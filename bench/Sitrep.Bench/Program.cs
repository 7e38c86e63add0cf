using System.Reflection;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

if (args.Length > 0 && args[0] == "stories")
{
    return StoryStreamRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "ledger")
{
    return LedgerRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "extract-scale")
{
    return ExtractionScaleRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "extract-real")
{
    return ExtractRealRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "extract-stages")
{
    return ExtractionStageRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "alloc-types")
{
    return AllocationTypesRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "compare-builds")
{
    return CompareBuildsRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "web-story")
{
    return WebStoryRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "web-load")
{
    return WebLoadRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "provenance")
{
    return ProvenanceRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "store-write")
{
    return StoreWriteRun.Run(args, Console.Out);
}

if (args.Length > 0 && args[0] == "news-dump")
{
    return NewsDumpRun.Run(args, Console.Out);
}

// Not typeof(Program): the bench references the CLI, whose top-level Program would clash.
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
