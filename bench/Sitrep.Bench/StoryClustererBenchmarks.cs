using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Stories;
using Sitrep.Testing;

namespace Sitrep.Bench;

/// <summary>Cost of adding one report of 3 to 5 KB to a clusterer already holding a stream of them.</summary>
[MemoryDiagnoser]
public class StoryClustererBenchmarks
{
    private List<Article> _warm = [];
    private List<Article> _measured = [];
    private StoryClusterer _clusterer = new();
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var reports = new SyntheticNewsGenerator(seed: 3, events: 4_000, fillerParagraphs: 14, spanDays: 120).Reports().Select(r => r.Article).ToList();
        _warm = reports.Take(reports.Count - 2_000).ToList();
        _measured = reports.Skip(reports.Count - 2_000).ToList();
    }

    [IterationSetup]
    public void Warm()
    {
        _clusterer = new StoryClusterer();
        foreach (var article in _warm)
        {
            _clusterer.Add(article);
        }

        _next = 0;
    }

    /// <summary>One call adds 1,000 reports; divide by 1,000 for the per-report cost.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public void Add_report_to_open_stories()
    {
        for (int i = 0; i < 1_000; i++)
        {
            _clusterer.Add(_measured[_next++ % _measured.Count]);
        }
    }
}
