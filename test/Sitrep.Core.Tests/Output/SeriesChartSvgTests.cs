using System.Globalization;
using System.Xml.Linq;
using Sitrep.Core.Ledger;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Core.Tests.Output;

public sealed class SeriesChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void One_point_is_one_mark_inside_the_drawing()
    {
        var series = LedgerSamples.Series("killed", [LedgerSamples.Point("a", 12)]);

        var svg = Render(series);

        var mark = Assert.Single(Marks(svg));
        var (width, height) = Size(svg);
        Assert.InRange(Number(mark, "cx"), 0, width);
        Assert.InRange(Number(mark, "cy"), 0, height);
        Assert.Single(svg.Descendants(Svg + "line"), l => Class(l) == "estimate-best");
    }

    [Fact]
    public void Many_points_are_placed_left_to_right_in_time_and_up_by_value()
    {
        var points = Enumerable.Range(1, 30).Select(i => LedgerSamples.Point($"d{i}", i * 100, asOf: $"2026-04-{i:00}", at: i)).ToList();

        var svg = Render(LedgerSamples.Series("displaced", points, measure: Measure.Displaced));

        var marks = Marks(svg).ToList();
        Assert.Equal(30, marks.Count);
        var xs = marks.Select(m => Number(m, "cx")).ToList();
        var ys = marks.Select(m => Number(m, "cy")).ToList();
        Assert.Equal(xs.Order(), xs);
        Assert.Equal(ys.OrderDescending(), ys);
    }

    [Fact]
    public void Points_at_equal_times_are_spread_so_none_hides_another()
    {
        var points = new[]
        {
            LedgerSamples.Point("a", 41, source: "Interior Ministry"),
            LedgerSamples.Point("b", 41, source: "Health Ministry", at: 10),
            LedgerSamples.Point("c", 75, source: "Governor", at: 20),
        };

        var svg = Render(LedgerSamples.Series("killed", points));

        var positions = Marks(svg).Select(m => (Number(m, "cx"), Number(m, "cy"))).ToList();
        Assert.Equal(3, positions.Count);
        Assert.Equal(3, positions.Distinct().Count());
        Assert.True(positions.Max(p => p.Item1) - positions.Min(p => p.Item1) < 30, "marks of one time stay together");
    }

    [Fact]
    public void A_point_without_as_of_is_drawn_at_its_publication_time_as_a_square()
    {
        var points = new[]
        {
            LedgerSamples.Point("a", 10, asOf: "2026-04-14", published: "2026-04-14T09:00"),
            LedgerSamples.Point("b", 20, asOf: null, published: "2026-04-15T12:00"),
            LedgerSamples.Point("c", 30, asOf: "2026-04-16", published: "2026-04-16T09:00"),
        };

        var svg = Render(LedgerSamples.Series("killed", points));

        var square = Assert.Single(svg.Descendants(Svg + "rect"), r => Class(r).Contains("no-as-of", StringComparison.Ordinal));
        var circles = Marks(svg).Where(m => m.Name == Svg + "circle").Select(m => Number(m, "cx")).ToList();
        double squareX = Number(square, "x") + (Number(square, "width") / 2);
        Assert.InRange(squareX, circles.Min() + 1, circles.Max() - 1);
        Assert.Contains("no as-of time", square.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_with_no_dated_point_says_so_instead_of_drawing()
    {
        var svg = Render(LedgerSamples.Series("killed", [LedgerSamples.Point("a", 12, asOf: null, published: null)]));

        Assert.Empty(Marks(svg));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "No dated figures to draw.");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "1 undated, not drawn");
    }

    [Fact]
    public void Echoes_are_hollow_and_independent_points_filled()
    {
        var svg = Render(LedgerSamples.Korvan().Series[0]);

        var marks = Marks(svg).ToList();
        var echo = Assert.Single(marks, m => Class(m).Contains("echo", StringComparison.Ordinal));
        Assert.Equal("#fff", echo.Attribute("fill")!.Value);
        Assert.NotEqual("#fff", echo.Attribute("stroke")!.Value);
        Assert.All(marks.Where(m => m != echo), m => Assert.Equal(m.Attribute("stroke")!.Value, m.Attribute("fill")!.Value));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("echo", StringComparison.Ordinal));
    }

    [Fact]
    public void A_revision_is_a_dashed_arrow_from_the_revised_point_to_the_revising_one()
    {
        var killed = LedgerSamples.Korvan().Series[0];
        var svg = Render(killed);

        var revision = Assert.Single(svg.Descendants(Svg + "path"), p => Class(p) == "revision");
        Assert.False(string.IsNullOrEmpty(revision.Attribute("stroke-dasharray")?.Value));
        string markerId = Assert.Single(svg.Descendants(Svg + "marker")).Attribute("id")!.Value;
        Assert.Equal($"url(#{markerId})", revision.Attribute("marker-end")!.Value);
        var (start, end) = Ends(revision);
        var from = MarkOf(svg, 58);
        var to = MarkOf(svg, 53);
        Assert.True(Distance(start, from) < 10, $"starts at the revised 58 ({start} vs {from})");
        Assert.True(Distance(end, to) < 10, $"ends at the revising 53 ({end} vs {to})");
    }

    [Fact]
    public void A_conflict_is_bracketed_in_the_warning_style()
    {
        var svg = Render(LedgerSamples.Korvan().Series[0]);

        var conflict = Assert.Single(svg.Descendants(Svg + "g"), g => Class(g) == "conflict");
        Assert.Contains("ministry and governor disagree", conflict.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("!", conflict.Element(Svg + "text")!.Value);
    }

    [Fact]
    public void Open_ended_hedges_and_estimates_draw_without_infinite_numbers()
    {
        var displaced = LedgerSamples.Korvan().Series[1];

        string text = SeriesChartSvg.Render(displaced);
        var svg = XDocument.Parse(text).Root!;

        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.Single(svg.Descendants(Svg + "path"), p => Class(p) == "open-high");
        var band = Assert.Single(svg.Descendants(Svg + "rect"), r => Class(r) == "estimate-band");
        Assert.True(Number(band, "height") > 0);
    }

    [Fact]
    public void Large_values_get_compact_axis_labels()
    {
        var svg = Render(LedgerSamples.Korvan().Series[1]);

        var labels = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("500k", labels);
        Assert.Contains("1M", labels);
        Assert.Contains("1.5M", labels);
        Assert.Contains("people", labels);
    }

    [Theory]
    [InlineData(950, "950")]
    [InlineData(1200, "1,200")]
    [InlineData(53_000, "53k")]
    [InlineData(1_200_000, "1.2M")]
    [InlineData(3_500_000_000, "3.5B")]
    [InlineData(0.5, "0.5")]
    public void Compact_numbers_read_at_a_glance(double value, string expected)
    {
        Assert.Equal(expected, FigureText.Compact(value));
    }

    [Fact]
    public void Money_is_labelled_with_its_currency_and_shares_with_percent()
    {
        var korvan = LedgerSamples.Korvan();

        var money = Render(korvan.Series[2]).Descendants(Svg + "text").Select(t => t.Value).ToList();
        var share = Render(korvan.Series[3]).Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("EUR", money);
        Assert.Contains("3M", money);
        Assert.Contains("best 3,000,000 EUR", money);
        Assert.Contains("percent", share);
        Assert.Contains("40%", share);
        Assert.Contains("best <~40%", share);
    }

    [Theory]
    [InlineData("2026-04-14T08:00", "2026-04-14T08:20")]
    [InlineData("2026-04-14T08:00", "2026-04-14T20:00")]
    [InlineData("2026-04-14", "2026-05-30")]
    [InlineData("1988", "2023-09-26")]
    [InlineData("0001-01-01", "9999-12-31")]
    public void Any_time_span_gets_ordered_marks_and_time_labels(string first, string last)
    {
        var points = new[] { LedgerSamples.Point("a", 10, asOf: first), LedgerSamples.Point("b", 20, asOf: last, at: 5) };

        var svg = Render(LedgerSamples.Series("killed", points));

        var xs = Marks(svg).Select(m => Number(m, "cx")).ToList();
        Assert.True(xs[0] < xs[1]);
        var (width, _) = Size(svg);
        Assert.All(xs, x => Assert.InRange(x, 0, width));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Attribute("text-anchor")?.Value == "middle");
    }

    [Fact]
    public void Text_from_reports_is_encoded_and_ids_are_safe()
    {
        var point = LedgerSamples.Point("a", 12, source: "<script>alert(1)</script>", outlet: "\"><img src=x onerror=alert(1)>");
        var series = LedgerSamples.Series("</title><script>alert(2)</script>", [point]);

        string text = SeriesChartSvg.Render(series, new SeriesChartOptions { IdPrefix = "x\" onload=\"alert(3)", PointLink = _ => "#ev-1" });
        var svg = XDocument.Parse(text).Root!;

        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Empty(svg.Descendants(Svg + "img"));
        Assert.DoesNotContain(svg.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert(1)</script>", svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Equal("#ev-1", Assert.Single(svg.Descendants(Svg + "a")).Attribute("href")!.Value);
        Assert.Equal("xonloadalert3-arrow", svg.Descendants(Svg + "marker").Single().Attribute("id")!.Value);
    }

    private static XElement Render(Series series) => XDocument.Parse(SeriesChartSvg.Render(series)).Root!;

    private static IEnumerable<XElement> Marks(XElement svg) => svg.Descendants().Where(e => Class(e).Split(' ').Contains("point"));

    private static string Class(XElement element) => element.Attribute("class")?.Value ?? "";

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static (double Width, double Height) Size(XElement svg)
    {
        var box = svg.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return (box[2], box[3]);
    }

    private static (double X, double Y) MarkOf(XElement svg, double value)
    {
        var mark = Marks(svg).Single(m => m.Element(Svg + "title")!.Value.StartsWith(FigureText.Number(value) + " ·", StringComparison.Ordinal));
        return (Number(mark, "cx"), Number(mark, "cy"));
    }

    private static ((double X, double Y) Start, (double X, double Y) End) Ends(XElement path)
    {
        var numbers = path.Attribute("d")!.Value.Split(['M', 'L', ' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return ((numbers[0], numbers[1]), (numbers[2], numbers[3]));
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
}
