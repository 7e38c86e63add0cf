using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Bench;

/// <summary>
/// Generated crisis reports for the store benchmarks: <c>count</c> plain-text files of about 1.5 KB, each
/// with several figures in news-like sentences, written once under the temp folder and reused.
/// Report <c>i</c> belongs to story <c>i % StoryCount</c> (the benchmarks assign stories themselves).
/// </summary>
internal static class BenchCorpus
{
    public const int StoryCount = 2000;

    private static readonly string[] Places = ["Stepanakert", "Goris", "Kornidzor", "Lachin", "Martuni", "Askeran", "Hadrut", "Shushi", "Vardenis", "Kapan"];
    private static readonly string[] Verbs = ["were killed", "were injured", "are missing", "have fled", "were hospitalized", "were evacuated"];
    private static readonly string[] Sources = ["the health ministry", "local authorities", "the ombudsman", "the Red Cross", "the government"];

    public static string Folder(int count) => Path.Combine(Path.GetTempPath(), "sitrep-bench", string.Create(CultureInfo.InvariantCulture, $"reports-{count}"));

    public static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"r{i:D6}");

    public static int IndexOf(string id) => int.Parse(id.AsSpan(1, 6), NumberStyles.None, CultureInfo.InvariantCulture);

    public static string StoryOf(string id) => string.Create(CultureInfo.InvariantCulture, $"story-{IndexOf(id) % StoryCount:D4}");

    /// <summary>Writes the corpus unless a complete one is already there; returns its folder.</summary>
    public static string Ensure(int count)
    {
        string folder = Folder(count);
        string done = Path.Combine(folder, ".complete");
        if (File.Exists(done))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
        {
            string sub = Path.Combine(folder, (i / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, Id(i) + ".txt"), Text(i));
        }

        File.WriteAllText(done, "");
        return folder;
    }

    public static string Text(int i)
    {
        var random = new Random(i);
        string place = Places[(i % StoryCount) % Places.Length];
        var sb = new StringBuilder(1600);
        sb.Append(CultureInfo.InvariantCulture, $"Update {i} on the crisis around {place}\n\n");
        int paragraphs = 4 + random.Next(3);
        for (int p = 0; p < paragraphs; p++)
        {
            string verb = Verbs[random.Next(Verbs.Length)];
            string source = Sources[random.Next(Sources.Length)];
            int value = 3 + random.Next(50_000);
            sb.Append(CultureInfo.InvariantCulture,
                $"At least {value:N0} people {verb} near {place} since Monday, {source} said on day {i % 30 + 1} of the emergency. ");
            sb.Append("Convoys carrying food, water and medicine waited at the checkpoint while crews searched the damaged buildings. ");
            sb.Append(CultureInfo.InvariantCulture, $"Officials expected the count to change as reports arrived from outlying villages (ref {i}-{p}).\n\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// A stand-in extractor that gives every "At least N people …" a figure with every field set, so the
    /// store writes as many figures (5 or so per report) as the real pipeline will.
    /// </summary>
    public static ExtractionResult SyntheticFigures(Article article, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>();
        string text = article.Text;
        for (int at = text.IndexOf("At least ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("At least ", at + 1, StringComparison.Ordinal))
        {
            int start = at + 9;
            int end = text.IndexOf(' ', start);
            int sentenceEnd = text.IndexOf(". ", start, StringComparison.Ordinal) + 1;
            string quote = text[start..end];
            figures.Add(new Figure
            {
                Doc = article.Id,
                Value = double.Parse(quote, NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                Unit = Vocabulary.People,
                Measure = (Measure)(1 + (figures.Count % 5)),
                Qualifier = Qualifier.AtLeast,
                Source = "Health Ministry",
                SourceText = "the health ministry",
                AsOf = article.Published,
                Event = "offensive",
                Span = TextSpan.FromBounds(start, end),
                SentenceSpan = TextSpan.FromBounds(at, sentenceEnd),
                Text = text[at..sentenceEnd],
                Quote = quote,
                Flags = FigureFlags.AsOfDefaulted,
            });
        }

        return new ExtractionResult(article.Id, figures, [], article.Published);
    }
}
