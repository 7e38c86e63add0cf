using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Core.Tests;

/// <summary>Builds the input of one stage from a plain string, and runs the pipeline on one-paragraph articles.</summary>
internal static class StageInput
{
    /// <summary>A Wednesday; "Tuesday" in a report of that day is September 26.</summary>
    public const string Published = "2023-09-27";

    public static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

    public static Article Article(string text, string? published = Published) => new()
    {
        Id = "report",
        Text = text,
        Published = TimePoint.TryParse(published, out var point) ? point : null,
    };

    public static ExtractionResult Extract(string text, string? published = Published, ExtractionPipeline? pipeline = null) =>
        (pipeline ?? ExtractionPipeline.CreateDefault()).Extract(Article(text, published));

    /// <summary>The one figure whose number is written <paramref name="quote"/>.</summary>
    public static Figure Figure(string text, string quote, string? published = Published, ExtractionPipeline? pipeline = null) =>
        Assert.Single(Extract(text, published, pipeline).Figures, f => f.Quote == quote);
}
