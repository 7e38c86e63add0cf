using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Ledger;

namespace Sitrep.Core.Tests.Ledger;

/// <summary>
/// One example of <c>Specs/ledger.md</c>: a small story's reports and figures, and the ledger expected of them.
/// See the file's head for the block formats.
/// </summary>
public sealed partial record LedgerSpec(string Title, int Line, IReadOnlyList<Article> Articles, IReadOnlyList<LedgerPoint> Points, IReadOnlyList<ExpectedSeries> Expected)
{
    public override string ToString() => $"{Title} (line {Line})";

    /// <summary>Every example in the file, in order.</summary>
    public static IReadOnlyList<LedgerSpec> Parse(string markdown)
    {
        var specs = new List<LedgerSpec>();
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? title = null;
        int titleLine = 0;
        var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? block = null;
        for (int i = 0; i <= lines.Length; i++)
        {
            string line = i < lines.Length ? lines[i] : "## end";
            if (block is not null)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    block = null;
                }
                else if (line.Trim().Length > 0)
                {
                    blocks[block].Add(line.Trim());
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    specs.Add(Build(title, titleLine, blocks));
                }

                title = line[3..].Trim();
                titleLine = i + 1;
                blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && line.Length > 3)
            {
                block = line[3..].Trim();
                blocks[block] = [];
            }
        }

        return specs;
    }

    private static LedgerSpec Build(string title, int line, Dictionary<string, List<string>> blocks)
    {
        string Where(string what) => $"{title} (line {line}): {what}";
        if (!blocks.TryGetValue("reports", out var reports) || !blocks.TryGetValue("figures", out var figures) || !blocks.TryGetValue("ledger", out var ledger))
        {
            throw new FormatException(Where("needs reports, figures and ledger blocks"));
        }

        var articles = reports.Select(r => ReadArticle(r, Where)).ToList();
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var points = new List<LedgerPoint>();
        int offset = 0;
        foreach (string row in figures)
        {
            var (figure, echoOf) = ReadFigure(row, offset, Where);
            offset += 100;
            var article = byId.TryGetValue(figure.Doc, out var a) ? a : throw new FormatException(Where($"figure of unknown report '{figure.Doc}'"));
            string? echoId = echoOf is null ? null
                : points.FirstOrDefault(p => p.Doc == echoOf && p.Value == figure.Value && p.Figure.Measure == figure.Measure)?.Figure.Id
                  ?? throw new FormatException(Where($"no figure of {figure.Value} in report '{echoOf}' to echo"));
            points.Add(new LedgerPoint(figure with { AsOf = figure.AsOf ?? article.Published, Flags = figure.AsOf is null ? figure.Flags | FigureFlags.AsOfDefaulted : figure.Flags },
                article.Outlet, article.Published, echoId is null, echoId));
        }

        return new LedgerSpec(title, line, articles, points, ledger.Select(l => ExpectedSeries.Read(l, Where)).ToList());
    }

    private static Article ReadArticle(string row, Func<string, string> where)
    {
        var fields = Fields(row);
        var values = Options(fields.Skip(1), where);
        return new Article
        {
            Id = fields[0],
            Text = values.GetValueOrDefault("text", "(text not given)"),
            Outlet = values.GetValueOrDefault("outlet"),
            Published = values.TryGetValue("published", out string? published)
                ? TimePoint.TryParse(published, out var time) ? time : throw new FormatException(where($"bad date '{published}'"))
                : null,
        };
    }

    private static (Figure Figure, string? EchoOf) ReadFigure(string row, int offset, Func<string, string> where)
    {
        var fields = Fields(row);
        var head = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (head.Length < 2 || !double.TryParse(head[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !Vocabulary.TryParseMeasure(head[1], out var measure))
        {
            throw new FormatException(where($"'{fields[1]}' is not 'value measure [unit]'"));
        }

        var options = Options(fields.Skip(2), where);
        var qualifier = Qualifier.None;
        if (options.TryGetValue("q", out string? q) && !Vocabulary.TryParseQualifier(q, out qualifier))
        {
            throw new FormatException(where($"unknown qualifier '{q}'"));
        }

        var flags = FigureFlags.None;
        foreach (string flag in options.GetValueOrDefault("flags", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= flag switch
            {
                "sub-count" => FigureFlags.SubCount,
                "revises" => FigureFlags.Revises,
                "superseded" => FigureFlags.Superseded,
                "vague" => FigureFlags.Vague,
                "historical" => FigureFlags.Historical,
                _ => throw new FormatException(where($"unknown flag '{flag}'")),
            };
        }

        TimePoint? asOf = options.TryGetValue("as_of", out string? iso)
            ? TimePoint.TryParse(iso, out var t) ? t : throw new FormatException(where($"bad as_of '{iso}'"))
            : null;
        string quote = value.ToString("R", CultureInfo.InvariantCulture);
        string sentence = $"Reported: {quote}.";
        var figure = new Figure
        {
            Doc = fields[0],
            Value = value,
            Unit = head.Length > 2 ? head[2] : Vocabulary.People,
            Measure = measure,
            Qualifier = qualifier,
            Source = options.GetValueOrDefault("source"),
            SourceText = options.GetValueOrDefault("source"),
            AsOf = asOf,
            Subject = options.GetValueOrDefault("subject"),
            Event = options.GetValueOrDefault("event"),
            Aspect = options.GetValueOrDefault("aspect"),
            Span = new TextSpan(offset + 10, quote.Length),
            SentenceSpan = new TextSpan(offset, sentence.Length),
            Text = sentence,
            Quote = quote,
            Flags = flags,
            Kind = options.TryGetValue("kind", out string? kind)
                ? FigureJson.TryParseKind(kind, out var k) ? k : throw new FormatException(where($"bad kind '{kind}'"))
                : Core.Mentions.MentionKind.Count,
        };
        return (figure, options.GetValueOrDefault("echo-of"));
    }

    internal static string[] Fields(string row) => row.Split('|', StringSplitOptions.TrimEntries);

    internal static Dictionary<string, string> Options(IEnumerable<string> fields, Func<string, string> where)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string field in fields.Where(f => f.Length > 0))
        {
            var match = OptionPattern().Match(field);
            if (!match.Success)
            {
                throw new FormatException(where($"'{field}' is not 'key: value'"));
            }

            options[match.Groups[1].Value] = match.Groups[2].Value.Trim();
        }

        return options;
    }

    [GeneratedRegex(@"^([a-z_\-]+):\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionPattern();
}
