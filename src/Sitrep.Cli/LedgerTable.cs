using Sitrep.Core;
using Sitrep.Core.Ledger;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sitrep.Cli;

/// <summary>
/// Story ledgers for the terminal: per story a rule with its title, a line with its dates and
/// reports, then each series: what is counted, latest value, best estimate with range and as-of,
/// flags, and the trail of values. A table on wide terminals; on narrow ones (under
/// <see cref="WideFrom"/> columns) a block of three short lines per series, so nothing is squeezed.
/// </summary>
public static class LedgerTable
{
    /// <summary>From this many columns on, series are a table.</summary>
    public const int WideFrom = 110;

    public static IRenderable Build(IReadOnlyList<StoryLedger> stories, int width)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var parts = new List<IRenderable>();
        foreach (var story in stories)
        {
            parts.Add(new Rule($"[bold]{Markup.Escape(story.Title)}[/]").LeftJustified());
            parts.Add(new Markup($"[grey]{Markup.Escape($"{LedgerText.Dates(story)} · {LedgerText.Coverage(story)} · {LedgerText.Count(story.Series.Count, "series", "series")}")}[/]\n"));
            if (story.Series.Count == 0)
            {
                parts.Add(new Markup("[grey]no figures found[/]\n"));
            }
            else if (width >= WideFrom)
            {
                parts.Add(Table(story.Series));
            }
            else
            {
                parts.AddRange(story.Series.Select(Block));
            }
        }

        if (stories.Count == 0)
        {
            parts.Add(new Markup("[grey]no stories[/]"));
        }

        return new Rows(parts);
    }

    private static Table Table(IReadOnlyList<Series> series)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("series"));
        table.AddColumn(new TableColumn("latest").RightAligned());
        table.AddColumn(new TableColumn("best (range)").RightAligned());
        table.AddColumn(new TableColumn("as of"));
        table.AddColumn(new TableColumn("flags"));
        table.AddColumn(new TableColumn("trail"));
        foreach (var s in series)
        {
            table.AddRow(
                new Markup(Label(s)),
                new Text(LedgerText.Latest(s)),
                new Text(LedgerText.EstimateWithRange(s)),
                new Text(LedgerText.Time(s.Estimate.AsOf)),
                new Text(string.Join(", ", EstimateText.Flags(s.Flags))),
                new Text(LedgerText.Trail(s)));
        }

        return table;
    }

    private static Padder Block(Series s)
    {
        string flags = s.Flags == SeriesFlags.None ? "" : $"  [yellow]{Markup.Escape(string.Join(", ", EstimateText.Flags(s.Flags)))}[/]";
        string asOf = s.Estimate.AsOf is { } time ? $" as of {time.ToIso()}" : "";
        return new Padder(new Rows(
            new Markup($"[bold]{Label(s)}[/]{flags}"),
            new Padder(new Markup(Markup.Escape($"best {LedgerText.EstimateWithRange(s)}{asOf} · latest {LedgerText.Latest(s)}")), new Padding(2, 0, 0, 0)),
            new Padder(new Markup($"[grey]{Markup.Escape(LedgerText.Trail(s))}[/]"), new Padding(2, 0, 0, 0)),
            new Padder(new Markup($"[grey]{Markup.Escape(EstimateText.Basis(s))}[/]"), new Padding(2, 0, 0, 0))),
            new Padding(2, 0, 0, 1));
    }

    private static string Label(Series s) => Markup.Escape(s.Label) + (s.Historical ? " [grey](historical)[/]" : "");
}
