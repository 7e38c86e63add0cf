using Sitrep.Core.Places;
using Xunit;

namespace Sitrep.Core.Tests.Places;

public sealed class ScratchExcerpts(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        string? file = Environment.GetEnvironmentVariable("SCRATCH");
        if (file is null) return;
        var (right, figures) = CountryExcerpts.Score(file, output);
        Assert.True(figures > 0);
    }

    [Fact]
    public void ScratchLookup()
    {
        string? names = Environment.GetEnvironmentVariable("NAMES");
        if (names is null) return;
        var g = ExtractionPipeline.CreateDefault().Lexicons.Gazetteer.Value;
        foreach (var n in names.Split(','))
        {
            foreach (var e in g.Lookup(n)) output.WriteLine($"{n}: {e.Name} {e.Country} {e.Admin1} {e.Precision} pop {e.Population}");
        }
    }

    [Fact]
    public void ScratchMentions()
    {
        string? text = Environment.GetEnvironmentVariable("TEXT");
        if (text is null) return;
        var placer = new FigurePlacer(ExtractionPipeline.CreateDefault().Lexicons.Gazetteer);
        var g = ExtractionPipeline.CreateDefault().Lexicons.Gazetteer.Value;
        foreach (var m in PlaceMentionFinder.Find(text, g))
            output.WriteLine($"found {text.Substring(m.Span.Start, m.Span.Length)} cued={m.Cued} dl={m.Dateline} weak={m.Weak} q={m.Qualifier} o={m.Origin}: {string.Join("; ", m.Candidates.Select(c => c.Name + " " + c.Country + " " + c.Population))}");
        foreach (var m in placer.Mentions(new Article { Id = "x", Text = text }))
            output.WriteLine($"resolved {text.Substring(m.Span.Start, m.Span.Length)} usable={m.Usable} dl={m.Dateline}: {m.Entry.Name} {m.Entry.Country}");
    }
}
