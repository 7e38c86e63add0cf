using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Sitrep.Bench;

/// <summary>
/// <c>sitrep extract PATH --format jsonl</c> (in this process, output thrown away) on the real reports of
/// <c>../shared/corpus</c> repeated to 12 MB (<see cref="RealCorpusCopy"/>), as a folder of files and as a JSON Lines
/// dump: reading, cleaning, extraction and writing, as the CLI does them. One operation is the whole corpus (seconds),
/// so few iterations; the MB/s column divides the corpus size by the mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(RealCorpusThroughputConfig))]
public class RealCorpusExtractBenchmarks
{
    public const int Megabytes = 12;

    private string _path = "";

    [ParamsAllValues]
    public RealCorpusForm Form { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var paths = RealCorpusCopy.Ensure(Megabytes);
        _path = Form == RealCorpusForm.Files ? paths.Files : paths.Dump;
    }

    [Benchmark]
    public int Extract_corpus() => InProcessExtract.Run(_path);
}
