using System.Collections.Frozen;
using System.Text.Json;

namespace Sitrep.Core;

/// <summary>
/// The figure record of DESIGN.md as JSON: <c>doc, value, unit, measure, qualifier, source, as_of,
/// subject, event, start, end, text</c>, then the flags. The same shape for the CLI, the store and the API.
/// </summary>
public static class FigureJson
{
    /// <summary>Writes one figure as a JSON object. <paramref name="offsets"/> converts UTF-16 offsets to code points (see <see cref="CodePointOffsets"/>).</summary>
    /// <param name="page">The page of a PDF report the figure is on, written as <c>page</c> when known.</param>
    public static void Write(Utf8JsonWriter writer, Figure figure, CodePointOffsets? offsets = null, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(figure);
        writer.WriteStartObject();
        writer.WriteString("id", figure.Id);
        writer.WriteString("doc", figure.Doc);
        writer.WriteNumber("value", figure.Value);
        if (figure.Low is { } low)
        {
            writer.WriteNumber("low", low);
        }

        if (figure.High is { } high)
        {
            writer.WriteNumber("high", high);
        }

        writer.WriteString("unit", figure.Unit);
        writer.WriteString("kind", KindName(figure.Kind));
        writer.WriteString("measure", figure.Measure.Name());
        writer.WriteString("qualifier", figure.Qualifier.Name());
        WriteNullable(writer, "source", figure.Source);
        WriteNullable(writer, "source_text", figure.SourceText);
        WriteNullable(writer, "as_of", figure.AsOf?.ToIso());
        WriteNullable(writer, "subject", figure.Subject);
        WriteNullable(writer, "event", figure.Event);
        if (figure.Aspect is not null)
        {
            writer.WriteString("aspect", figure.Aspect);
        }

        WritePlace(writer, figure.Place);
        writer.WriteNumber("start", offsets?.Convert(figure.Span.Start) ?? figure.Span.Start);
        writer.WriteNumber("end", offsets?.Convert(figure.Span.End) ?? figure.Span.End);
        if (page is { } p)
        {
            writer.WriteNumber("page", p);
        }

        writer.WriteString("quote", figure.Quote);
        writer.WriteString("text", figure.Text);
        writer.WriteNumber("sentence_start", offsets?.Convert(figure.SentenceSpan.Start) ?? figure.SentenceSpan.Start);
        writer.WriteNumber("sentence_end", offsets?.Convert(figure.SentenceSpan.End) ?? figure.SentenceSpan.End);
        foreach (var (flag, name) in FlagNames)
        {
            if (figure.Has(flag))
            {
                writer.WriteBoolean(name, true);
            }
        }

        if (figure.ConversionOf is not null)
        {
            writer.WriteString("conversion_of", figure.ConversionOf);
        }

        writer.WriteEndObject();
    }

    /// <summary>Flag names as they appear in JSON and CSV.</summary>
    public static IReadOnlyList<(FigureFlags Flag, string Name)> FlagNames { get; } =
    [
        (FigureFlags.Vague, "vague"),
        (FigureFlags.Share, "share"),
        (FigureFlags.Range, "range"),
        (FigureFlags.Historical, "historical"),
        (FigureFlags.InTitle, "in_title"),
        (FigureFlags.SubCount, "sub_count"),
        (FigureFlags.Superseded, "superseded"),
        (FigureFlags.Revises, "revises"),
        (FigureFlags.Derived, "derived"),
        (FigureFlags.Repeat, "repeat"),
        (FigureFlags.AsOfDefaulted, "as_of_defaulted"),
        (FigureFlags.PublishedInferred, "published_inferred"),
        (FigureFlags.ByPlace, "by_place"),
    ];

    /// <summary>Each kind's name, by its value, made once: every figure written (JSON, the store, the API) asks for one.</summary>
    private static readonly string[] KindNames = Enum.GetValues<Mentions.MentionKind>()
        .Select(k => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()))
        .ToArray();

    private static readonly FrozenDictionary<string, Mentions.MentionKind> KindsByName = Enum.GetValues<Mentions.MentionKind>()
        .ToFrozenDictionary(k => KindNames[(int)k], StringComparer.Ordinal);

    /// <summary>The snake_case name of a number's kind: "count", "money", "share", "year", "person" …</summary>
    public static string KindName(Mentions.MentionKind kind) => KindNames[(int)kind];

    /// <summary>The kind a <see cref="KindName"/> names.</summary>
    public static bool TryParseKind(string name, out Mentions.MentionKind kind) => KindsByName.TryGetValue(name, out kind);

    /// <summary>Where the figure holds: <c>place, country, admin1, lat, lon, place_precision</c>, each null when the report names no place.</summary>
    private static void WritePlace(Utf8JsonWriter writer, Places.FigurePlace? place)
    {
        WriteNullable(writer, "place", place?.Name);
        WriteNullable(writer, "country", place?.Country);
        WriteNullable(writer, "admin1", place?.Admin1);
        if (place is null)
        {
            writer.WriteNull("lat");
            writer.WriteNull("lon");
        }
        else
        {
            writer.WriteNumber("lat", place.Lat);
            writer.WriteNumber("lon", place.Lon);
        }

        WriteNullable(writer, "place_precision", place?.PrecisionName);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
