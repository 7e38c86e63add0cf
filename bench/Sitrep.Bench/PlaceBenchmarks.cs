using BenchmarkDotNet.Attributes;
using Sitrep.Core;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Places;

namespace Sitrep.Bench;

/// <summary>
/// What places cost: reading the gazetteer (once per process, on the first extraction; start-up does not read it), its
/// second-level areas (once per process, on the first report that names one), and
/// the place stage per report over real reports (<see cref="RealReportCorpus"/>) beside the whole extraction of the
/// same reports, which includes it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionThroughputConfig))]
public class PlaceBenchmarks
{
    private IReadOnlyList<Article> _corpus = [];
    private List<List<Figure>> _figures = [];
    private ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private FigurePlacer _placer = null!;
    private CountryTable _countries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = RealReportCorpus.Load();
        _pipeline = ExtractionPipeline.CreateDefault();
        _figures = [.. _corpus.Select(a => _pipeline.Extract(a).Figures.ToList())];
        _placer = new FigurePlacer(_pipeline.Lexicons.Gazetteer);
        _countries = _pipeline.Lexicons.Countries;
    }

    [Benchmark]
    public int Load_gazetteer() => Gazetteer.Load(new LexiconSource(), _countries, _pipeline.Lexicons.SentenceStarters).Count;

    /// <summary>The second-level areas (districts.tsv), read by the first report that names one ("Kalehe territory").</summary>
    [Benchmark]
    public int Load_districts() => new DistrictTable(new Dictionary<string, PlaceEntry>()).Find("Kalehe").Length;

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports)]
    public int Place_figures()
    {
        int placed = 0;
        for (int i = 0; i < _corpus.Count; i++)
        {
            placed += _placer.Apply(_corpus[i], _figures[i]) is null ? 0 : 1;
        }

        return placed;
    }

    [Benchmark(OperationsPerInvoke = ExtractionCorpus.Reports, Baseline = true)]
    public int Extract_report()
    {
        int figures = 0;
        foreach (var article in _corpus)
        {
            figures += _pipeline.Extract(article).Figures.Count;
        }

        return figures;
    }
}
