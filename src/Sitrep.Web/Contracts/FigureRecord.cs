using System.Text.Json.Serialization;
using Sitrep.Core;

namespace Sitrep.Web.Contracts;

/// <summary>
/// A figure as the API gives it: the record <c>sitrep extract --format jsonl</c> writes (<see cref="FigureJson"/>), typed
/// so the OpenAPI document describes it. Offsets are code points into the report's text; <c>low</c>, <c>high</c>,
/// <c>aspect</c>, <c>page</c>, <c>conversion_of</c> and each flag are there only when they apply.
/// </summary>
public sealed record FigureRecord
{
    public required string Id { get; init; }

    public required string Doc { get; init; }

    public required double Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Low { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? High { get; init; }

    public required string Unit { get; init; }

    /// <summary>What kind of number it is: <c>count</c>, <c>money</c>, <c>share</c>, <c>weight</c>, <c>person</c> (one person told without a numeral) …</summary>
    public required string Kind { get; init; }

    public required string Measure { get; init; }

    public required string Qualifier { get; init; }

    public required string? Source { get; init; }

    public required string? SourceText { get; init; }

    /// <summary>ISO 8601 at the precision the report gives: <c>2023-09-26</c> or <c>2023-09-26T20:00</c>.</summary>
    public required string? AsOf { get; init; }

    public required string? Subject { get; init; }

    public required string? Event { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Aspect { get; init; }

    /// <summary>Where the figure holds, as the gazetteer names it ("Xankandi", "Syunik Province", "Armenia"); null when the report names no place.</summary>
    public required string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string? Country { get; init; }

    /// <summary>ISO 3166-2, when the place lies in a known first-level area.</summary>
    public required string? Admin1 { get; init; }

    /// <summary>Degrees.</summary>
    public required double? Lat { get; init; }

    public required double? Lon { get; init; }

    /// <summary><c>place</c> (a town), <c>admin1</c> (an area) or <c>country</c>.</summary>
    public required string? PlacePrecision { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The page of a PDF report the figure is on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    public required string Quote { get; init; }

    public required string Text { get; init; }

    public required int SentenceStart { get; init; }

    public required int SentenceEnd { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Vague { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Share { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Range { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Historical { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? InTitle { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SubCount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Superseded { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Revises { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Derived { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Repeat { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? AsOfDefaulted { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PublishedInferred { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConversionOf { get; init; }

    public static FigureRecord From(Figure figure, CodePointOffsets? offsets = null, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        bool? Flag(FigureFlags flag) => figure.Has(flag) ? true : null;
        int At(int offset) => offsets?.Convert(offset) ?? offset;
        return new FigureRecord
        {
            Id = figure.Id,
            Doc = figure.Doc,
            Value = figure.Value,
            Low = figure.Low,
            High = figure.High,
            Unit = figure.Unit,
            Kind = FigureJson.KindName(figure.Kind),
            Measure = figure.Measure.Name(),
            Qualifier = figure.Qualifier.Name(),
            Source = figure.Source,
            SourceText = figure.SourceText,
            AsOf = figure.AsOf?.ToIso(),
            Subject = figure.Subject,
            Event = figure.Event,
            Aspect = figure.Aspect,
            Place = figure.Place?.Name,
            Country = figure.Place?.Country,
            Admin1 = figure.Place?.Admin1,
            Lat = figure.Place?.Lat,
            Lon = figure.Place?.Lon,
            PlacePrecision = figure.Place?.PrecisionName,
            Start = At(figure.Span.Start),
            End = At(figure.Span.End),
            Page = page,
            Quote = figure.Quote,
            Text = figure.Text,
            SentenceStart = At(figure.SentenceSpan.Start),
            SentenceEnd = At(figure.SentenceSpan.End),
            Vague = Flag(FigureFlags.Vague),
            Share = Flag(FigureFlags.Share),
            Range = Flag(FigureFlags.Range),
            Historical = Flag(FigureFlags.Historical),
            InTitle = Flag(FigureFlags.InTitle),
            SubCount = Flag(FigureFlags.SubCount),
            Superseded = Flag(FigureFlags.Superseded),
            Revises = Flag(FigureFlags.Revises),
            Derived = Flag(FigureFlags.Derived),
            Repeat = Flag(FigureFlags.Repeat),
            AsOfDefaulted = Flag(FigureFlags.AsOfDefaulted),
            PublishedInferred = Flag(FigureFlags.PublishedInferred),
            ConversionOf = figure.ConversionOf,
        };
    }
}
