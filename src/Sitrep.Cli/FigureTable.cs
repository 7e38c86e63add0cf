using System.Globalization;
using Sitrep.Core;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>Figures as a readable terminal table, one row per figure.</summary>
public static class FigureTable
{
    public static Table Build(IEnumerable<Figure> figures)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("doc");
        table.AddColumn(new TableColumn("figure").RightAligned());
        table.AddColumn("measure");
        table.AddColumn("source");
        table.AddColumn("as of");
        table.AddColumn("about");
        table.AddColumn("evidence");
        foreach (var f in figures)
        {
            table.AddRow(
                Markup.Escape(f.Doc),
                Markup.Escape(Describe(f)),
                Markup.Escape(f.Measure.Name()),
                Markup.Escape(f.Source ?? "–"),
                Markup.Escape(f.AsOf?.ToIso() ?? "–"),
                Markup.Escape(string.Join(", ", new[] { f.Subject, f.Event }.Where(s => s is not null))),
                Markup.Escape(Excerpt(f)));
        }

        return table;
    }

    /// <summary>"≥20", "~4,850", "11,500,000 USD": value, hedge and unit (see <see cref="FigureText.Describe(Figure)"/>).</summary>
    public static string Describe(Figure figure) => FigureText.Describe(figure);

    public static string Number(double value) => FigureText.Number(value);

    private static string Excerpt(Figure f)
    {
        const int Window = 60;
        int at = f.Span.Start - f.SentenceSpan.Start;
        string text = f.Text.ReplaceLineEndings(" ");
        int from = Math.Max(0, at - Window);
        int to = Math.Min(text.Length, at + f.Quote.Length + Window);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }
}
