using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>
/// <c>DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/Sitrep.Bench -- compare-builds DIR_A DIR_B [rounds]
/// [extract|batches|places]</c>: two builds of Sitrep.Core (the folders holding their <c>Sitrep.Core.dll</c>, e.g. a worktree's
/// <c>src/Sitrep.Core/bin/Release/net10.0</c>) in one process, each in a load context of its own, timed round by round in
/// turn over the real reports of <see cref="RealReportCorpus"/>. On a shared machine whose speed drifts by 10–20% from one
/// minute to the next, two processes timed one after the other (or even at once on two cores) cannot show a change of a
/// few per cent; two rounds back to back in one process see the same machine, and the median of their ratios holds to
/// about 1%. Mode <c>extract</c> (the default) times <c>ExtractionPipeline.Extract</c> report by report; <c>batches</c>
/// the same in batches of <see cref="ExtractionPipeline.BatchReports"/>, as <c>sitrep extract</c> reads; <c>places</c> the place stage's
/// names alone (<c>FigurePlacer.Mentions</c>). Run it twice with the folders swapped: the build loaded first runs about
/// 1% faster, and a change is real when both orders agree.
/// </summary>
internal static class CompareBuildsRun
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 3)
        {
            output.WriteLine("compare-builds: give two folders that hold a build of Sitrep.Core.dll (A, then B), then optionally rounds and extract|batches|places");
            return 2;
        }

        string[] folders = [Path.GetFullPath(args[1]), Path.GetFullPath(args[2])];
        foreach (string folder in folders)
        {
            if (!File.Exists(Path.Combine(folder, "Sitrep.Core.dll")))
            {
                output.WriteLine($"compare-builds: {folder} holds no Sitrep.Core.dll (give the folder a build wrote it to, e.g. src/Sitrep.Core/bin/Release/net10.0)");
                return 2;
            }
        }

        int rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40;
        string mode = args.Length > 4 ? args[4] : "extract";
        if (mode is not ("extract" or "batches" or "places") || rounds < 4)
        {
            output.WriteLine($"compare-builds: rounds must be 4 or more and the mode extract, batches or places (got {rounds}, '{mode}')");
            return 2;
        }

        bool tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0";
        var corpus = RealReportCorpus.Load();
        var a = Build(folders[0], corpus, mode);
        var b = Build(folders[1], corpus, mode);

        // Warmed until both builds run their optimised code: with tiered compilation that takes far longer for the build
        // loaded second, whose methods the runtime counts and recompiles after the first's.
        var warmFor = TimeSpan.FromSeconds(tiered ? 12 : 3);
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < warmFor;)
        {
            a();
            b();
        }

        var timesA = new List<double>();
        var timesB = new List<double>();
        var ratios = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            // Which build goes first alternates, so neither always runs on the caches the other left.
            double ta, tb;
            if (r % 2 == 0)
            {
                (ta, tb) = (Time(a, corpus.Count), Time(b, corpus.Count));
            }
            else
            {
                (tb, ta) = (Time(b, corpus.Count), Time(a, corpus.Count));
            }

            timesA.Add(ta);
            timesB.Add(tb);
            ratios.Add(tb / ta);
        }

        timesA.Sort();
        timesB.Sort();
        ratios.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Count} real reports, {mode}, {rounds} rounds of each build in turn{(tiered ? " (tiered compilation on: set DOTNET_TieredCompilation=0 for steadier figures)" : "")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A {folders[0]}: median {timesA[rounds / 2]:0.0} µs a report"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B {folders[1]}: median {timesB[rounds / 2]:0.0} µs a report"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B/A, round by round: median {ratios[rounds / 2]:0.000}, quartiles {ratios[rounds / 4]:0.000} to {ratios[3 * rounds / 4]:0.000}"));
        return 0;
    }

    private static double Time(Action run, int reports)
    {
        var timer = Stopwatch.StartNew();
        run();
        return timer.Elapsed.TotalMilliseconds * 1000 / reports;
    }

    /// <summary>One build's work over the corpus: its own Sitrep.Core and the libraries beside it, in a context of their own.</summary>
    private static Action Build(string folder, IReadOnlyList<Article> corpus, string mode)
    {
        var context = new AssemblyLoadContext(folder);
        context.Resolving += (c, name) => Path.Combine(folder, name.Name + ".dll") is var path && File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
        var core = context.LoadFromAssemblyPath(Path.Combine(folder, "Sitrep.Core.dll"));
        var articleType = Type(core, "Sitrep.Core.Article");

        // The reports as that build's own Article: the text and what a manifest gave (the publication date is left out:
        // its type is the build's own too, and both builds then infer it alike).
        var articles = corpus.Select(x =>
        {
            object article = Activator.CreateInstance(articleType)!;
            foreach (var (name, value) in new (string, string?)[] { ("Id", x.Id), ("Text", x.Text), ("Title", x.Title), ("Outlet", x.Outlet), ("Url", x.Url), ("Language", x.Language) })
            {
                articleType.GetProperty(name)!.SetValue(article, value);
            }

            return article;
        }).ToArray();

        if (mode == "places")
        {
            var lexiconType = Type(core, "Sitrep.Core.Lexicons.LexiconSet");
            object lexicons = lexiconType.GetProperty("Default")!.GetValue(null)!;
            var placerType = Type(core, "Sitrep.Core.Places.FigurePlacer");
            object placer = Activator.CreateInstance(placerType, lexiconType.GetProperty("Gazetteer")!.GetValue(lexicons))!;
            var mentions = placerType.GetMethod("Mentions", BindingFlags.NonPublic | BindingFlags.Instance)
                           ?? throw new InvalidOperationException($"{folder}: this build's FigurePlacer has no Mentions method");
            return () =>
            {
                foreach (object article in articles)
                {
                    mentions.Invoke(placer, [article]);
                }
            };
        }

        var pipelineType = Type(core, "Sitrep.Core.ExtractionPipeline");
        object pipeline = pipelineType.GetMethod("CreateDefault")!.Invoke(null, null)!;
        if (mode == "batches")
        {
            var listType = typeof(IReadOnlyList<>).MakeGenericType(articleType);
            var inBatches = pipelineType.GetMethod("Extract", [listType, typeof(CancellationToken)])
                            ?? throw new InvalidOperationException($"{folder}: this build's ExtractionPipeline has no Extract(IReadOnlyList<Article>, CancellationToken)");
            var batches = articles.Chunk(ExtractionPipeline.BatchReports).Select(chunk =>
            {
                var batch = Array.CreateInstance(articleType, chunk.Length);
                Array.Copy(chunk, batch, chunk.Length);
                return batch;
            }).ToArray();
            return () =>
            {
                foreach (var batch in batches)
                {
                    inBatches.Invoke(pipeline, [batch, CancellationToken.None]);
                }
            };
        }

        var extract = pipelineType.GetMethod("Extract", [articleType, typeof(CancellationToken)])
                      ?? throw new InvalidOperationException($"{folder}: this build's ExtractionPipeline has no Extract(Article, CancellationToken)");
        return () =>
        {
            foreach (object article in articles)
            {
                extract.Invoke(pipeline, [article, CancellationToken.None]);
            }
        };
    }

    private static Type Type(Assembly core, string name) =>
        core.GetType(name) ?? throw new InvalidOperationException($"{core.Location}: no type {name} in this build");
}
