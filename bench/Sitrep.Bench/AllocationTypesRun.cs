using System.Diagnostics.Tracing;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Sitrep.Bench -- alloc-types [rounds]</c>: what the whole pipeline allocates
/// over the real reports of <see cref="RealReportCorpus"/>, by type: the runtime's allocation samples (one about every
/// 100 KB, with the type of the object that crossed the mark) over <c>rounds</c> passes (default 30) after five to warm,
/// as shares of the bytes sampled. The types that lead are where fewer allocations would mean fewer collections.
/// </summary>
internal sealed class AllocationTypesRun : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public static int Run(string[] args, TextWriter output)
    {
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var stages = new ExtractionStages(RealReportCorpus.Load());
        for (int i = 0; i < 5; i++)
        {
            stages.Extract();
        }

        Dictionary<string, long> bytes;
        using (var listener = new AllocationTypesRun())
        {
            for (int i = 0; i < rounds; i++)
            {
                stages.Extract();
            }

            Thread.Sleep(500); // the runtime's events arrive on a thread of their own
            lock (listener._bytes)
            {
                bytes = new Dictionary<string, long>(listener._bytes, StringComparer.Ordinal);
            }
        }

        long total = bytes.Values.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / 1e6:0} MB sampled over {rounds} passes of {stages.Count} real reports"));
        foreach (var (type, sampled) in bytes.OrderByDescending(t => t.Value).Take(30))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * sampled / total,6:0.0} %  {type}"));
        }

        return 0;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC events, with the allocation samples
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        int type = names.IndexOf("TypeName"), amount = names.IndexOf("AllocationAmount64");
        if (type < 0 || eventData.Payload![type] is not string name)
        {
            return;
        }

        long sampled = amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], CultureInfo.InvariantCulture) : 100_000;
        lock (_bytes)
        {
            _bytes[name] = _bytes.GetValueOrDefault(name) + sampled;
        }
    }
}
