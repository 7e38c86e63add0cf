using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Web.Stories;

/// <summary>A story's dates and headline figures in words, the same on the story list and in <c>sitrep stories</c>.</summary>
public static class HeadlineText
{
    /// <summary>"2023-09-25 – 2023-09-27", one date, or "undated".</summary>
    public static string Dates(StorySummary story) => (story.FirstPublished, story.LastPublished) switch
    {
        (null, null) => "undated",
        ({ } first, { } last) when first.ToIso() != last.ToIso() => $"{first.ToIso()} – {last.ToIso()}",
        ({ } first, _) => first.ToIso(),
        (_, { } last) => last.ToIso(),
    };

    /// <summary>"68 (68–125)": the best estimate with its hedge, and its range when there is one.</summary>
    public static string Estimate(Headline headline)
    {
        if (headline.Best is not { } best)
        {
            return "–";
        }

        Vocabulary.TryParseQualifier(headline.Qualifier, out var qualifier);
        string text = FigureText.Hedge(qualifier) + FigureText.Number(best);
        return headline.Low is { } low && headline.High is { } high && (low < best || high > best) && !double.IsInfinity(high)
            ? $"{text} ({FigureText.Number(low)}–{FigureText.Number(high)})"
            : text;
    }
}
