using Sitrep.Core;

namespace Sitrep.Store.Tests;

/// <summary>Articles and figures written for these tests, with every field set so round trips are checked whole.</summary>
internal static class Reports
{
    public static Article Article(string id, string text, string? url = null, string? outlet = "Example Wire", string? title = null) => new()
    {
        Id = id,
        Text = text,
        Title = title ?? "Report " + id,
        Outlet = outlet,
        Url = url,
        Published = new TimePoint(new DateTime(2023, 9, 26, 20, 15, 0), TimePrecision.Minute),
        Language = "en",
        Blocks = [new Block(new TextSpan(0, Math.Min(10, text.Length)), BlockRole.Title), new Block(new TextSpan(Math.Min(10, text.Length), Math.Max(0, text.Length - 10)), BlockRole.RelatedLink)],
        Origin = "/reports/" + id + ".txt",
    };

    /// <summary>A figure for the number <paramref name="quote"/> found in <paramref name="text"/>.</summary>
    public static Figure Figure(string doc, string text, string quote, double value, Measure measure = Measure.Killed) =>
        Figure(doc, text, quote, value, measure, text.IndexOf(quote, StringComparison.Ordinal));

    private static Figure Figure(string doc, string text, string quote, double value, Measure measure, int at) => new()
    {
        Doc = doc,
        Value = value,
        Low = value - 0.5,
        High = value + 1.25,
        Unit = Vocabulary.People,
        Measure = measure,
        Qualifier = Qualifier.AtLeast,
        Source = "Armenian government",
        SourceText = "the government in Yerevan",
        AsOf = new TimePoint(new DateTime(2023, 9, 26, 0, 0, 0).AddTicks(1234), TimePrecision.Day),
        Subject = "ethnic Armenians",
        Event = "exodus",
        Span = new TextSpan(at, quote.Length),
        SentenceSpan = new TextSpan(0, text.Length),
        Text = text,
        Quote = quote,
        Flags = FigureFlags.Range | FigureFlags.InTitle | FigureFlags.Superseded,
        ConversionOf = doc + ":0",
    };
}
