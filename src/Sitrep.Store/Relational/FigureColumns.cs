using System.Data.Common;
using Sitrep.Core;

namespace Sitrep.Store.Relational;

/// <summary>
/// The store's own contract for a <see cref="Figure"/>: one typed column (or a few) per property, written
/// and read here and nowhere else. Measures and qualifiers are kept by their vocabulary names, flags as
/// their integer (so flags added later round-trip without a schema change), times as ISO text, ticks and
/// offset. <c>FigureRoundTripTests</c> fails when <see cref="Figure"/> gains a property this does not keep.
/// </summary>
internal static class FigureColumns
{
    /// <summary>The columns after <c>version_key</c> and <c>ordinal</c>, in the order <see cref="Values"/> gives them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "doc", "value", "low", "high", "unit", "measure", "qualifier", "source", "source_text",
        "as_of", "as_of_ticks", "as_of_offset_ticks", "subject", "event", "aspect",
        "span_start", "span_length", "sentence_start", "sentence_length", "text", "quote", "flags", "conversion_of", "kind",
        "place", "country", "admin1", "lat", "lon", "place_precision",
    ];

    /// <summary><c>f.doc, f.value, …</c> for a SELECT over the figures table aliased <c>f</c>, after <c>f.version_key</c>.</summary>
    public static string SelectList { get; } = "f.version_key, " + string.Join(", ", Names.Select(n => "f." + n));

    /// <summary>The column values of <paramref name="f"/>, in the order of <see cref="Names"/>.</summary>
    public static object?[] Values(Figure f)
    {
        var (asOf, asOfTicks, asOfOffset) = TimePointCodec.Write(f.AsOf);
        return
        [
            f.Doc, f.Value, f.Low, f.High, f.Unit, f.Measure.Name(), f.Qualifier.Name(), f.Source, f.SourceText,
            asOf, asOfTicks, asOfOffset, f.Subject, f.Event, f.Aspect,
            f.Span.Start, f.Span.Length, f.SentenceSpan.Start, f.SentenceSpan.Length, f.Text, f.Quote, (int)f.Flags, f.ConversionOf,
            FigureJson.KindName(f.Kind),
            f.Place?.Name, f.Place?.Country, f.Place?.Admin1, f.Place?.Lat, f.Place?.Lon, f.Place?.PrecisionName,
        ];
    }

    /// <summary>Reads a figure whose columns start at <paramref name="first"/> (the column after <c>version_key</c>).</summary>
    public static Figure Read(DbDataReader r, int first)
    {
        int i = first;
        return new Figure
        {
            Doc = r.GetString(i),
            Value = r.GetDouble(i + 1),
            Low = r.NullableDouble(i + 2),
            High = r.NullableDouble(i + 3),
            Unit = r.GetString(i + 4),
            Measure = Vocabulary.TryParseMeasure(r.GetString(i + 5), out var measure) ? measure : Measure.Other,
            Qualifier = Vocabulary.TryParseQualifier(r.GetString(i + 6), out var qualifier) ? qualifier : Qualifier.None,
            Source = r.String(i + 7),
            SourceText = r.String(i + 8),
            AsOf = TimePointCodec.Read(r.String(i + 9), r.NullableLong(i + 10), r.NullableLong(i + 11)),
            Subject = r.String(i + 12),
            Event = r.String(i + 13),
            Aspect = r.String(i + 14),
            Span = new TextSpan(r.Int(i + 15), r.Int(i + 16)),
            SentenceSpan = new TextSpan(r.Int(i + 17), r.Int(i + 18)),
            Text = r.GetString(i + 19),
            Quote = r.GetString(i + 20),
            Flags = (FigureFlags)r.Int(i + 21),
            ConversionOf = r.String(i + 22),
            Kind = KindOf(r.String(i + 23), r.GetString(i + 4)),
            Place = PlaceOf(r, i + 24),
        };
    }

    /// <summary>
    /// A place from its six columns (name, country, admin1, lat, lon, precision), a figure's or a report's; none when it
    /// was stored without one (a figure before schema 7, a report before 8, or a report naming no place).
    /// </summary>
    internal static Core.Places.FigurePlace? PlaceOf(DbDataReader r, int i) =>
        r.String(i) is { } name && r.String(i + 1) is { } country && r.NullableDouble(i + 3) is { } lat && r.NullableDouble(i + 4) is { } lon
            ? new Core.Places.FigurePlace(name, country, r.String(i + 2), lat, lon,
                Core.Places.FigurePlace.ParsePrecision(r.String(i + 5)) ?? Core.Places.PlacePrecision.Place)
            : null;

    /// <summary>A kind by its stored name; a figure stored before schema 6 has none and was a count, or money in a currency unit.</summary>
    private static Core.Mentions.MentionKind KindOf(string? name, string unit) =>
        name is not null && FigureJson.TryParseKind(name, out var kind) ? kind
        : unit.Length == 3 && unit.All(char.IsAsciiLetterUpper) ? Core.Mentions.MentionKind.Money
        : Core.Mentions.MentionKind.Count;

    /// <summary>
    /// Whether a figure read back has finite values. The store refuses any other since schema 4; one written
    /// before (or behind the store's back) is left out of what is read, so it cannot break every reader of
    /// its story (a JSON writer refuses infinity), and <see cref="ISitrepStore.CheckIntegrity"/> names it.
    /// </summary>
    public static bool IsUsable(Figure f) =>
        double.IsFinite(f.Value) && (f.Low is not { } low || double.IsFinite(low)) && (f.High is not { } high || double.IsFinite(high));

    /// <summary>A SQL condition over the figures table aliased <c>f</c> that holds for a value that is not finite (infinity, or NaN on PostgreSQL).</summary>
    public const string NotFiniteCondition =
        "(f.value > 1.7976931348623157E308 OR f.value < -1.7976931348623157E308 OR f.low > 1.7976931348623157E308 OR f.low < -1.7976931348623157E308 " +
        "OR f.high > 1.7976931348623157E308 OR f.high < -1.7976931348623157E308)";

    /// <summary>The text fields a store must be able to keep exactly (see <see cref="StorableText"/>).</summary>
    public static IEnumerable<string?> TextFields(Figure f) =>
        [f.Doc, f.Unit, f.Source, f.SourceText, f.Subject, f.Event, f.Aspect, f.Text, f.Quote, f.ConversionOf, f.Place?.Name];
}
