using System.Data.Common;
using System.Text.Json;
using Sitrep.Store.Changes;

namespace Sitrep.Store.Relational;

/// <summary>The store's columns for recorded estimates and changes: report lists as JSON arrays, numbers that are not finite as NULL.</summary>
internal static class ChangeColumns
{
    public const string EstimateSelect =
        "SELECT series_id, label, measure, unit, main, best, low, high, qualifier, as_of, source, reports FROM series_estimates";

    public const string ChangeSelect =
        "SELECT c.change_seq, c.story_id, s.title, c.series_id, c.label, c.measure, c.unit, c.kind, c.old_best, c.old_low, c.old_high, " +
        "c.best, c.low, c.high, c.revised_from, c.qualifier, c.as_of, c.source, c.rule, c.basis, c.reports, c.support, c.recorded_at " +
        "FROM ledger_changes c LEFT JOIN stories s ON s.story_id = c.story_id";

    public static SeriesEstimate ReadEstimate(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Int(4) != 0, r.NullableDouble(5), r.NullableDouble(6),
            r.NullableDouble(7), r.GetString(8), r.String(9), r.String(10), Reports(r.GetString(11)));

    public static LedgerChange ReadChange(DbDataReader r, SqlDialect dialect) =>
        new(r.Long(0), r.GetString(1), r.String(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), Kind(r.GetString(7)),
            r.NullableDouble(8), r.NullableDouble(9), r.NullableDouble(10), r.NullableDouble(11), r.NullableDouble(12), r.NullableDouble(13),
            r.NullableDouble(14), r.GetString(15), r.String(16), r.String(17), r.GetString(18), r.GetString(19), Reports(r.GetString(20)), r.Int(21),
            dialect.ReadTimestamp(r, 22));

    public static string Write(IReadOnlyList<string> reports) => JsonSerializer.Serialize(reports, StoreJson.Default.IReadOnlyListString);

    public static object? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static IReadOnlyList<string> Reports(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StoreJson.Default.IReadOnlyListString) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static ChangeKind Kind(string name) =>
        Enum.GetValues<ChangeKind>().FirstOrDefault(k => string.Equals(ChangeText.KindName(k), name, StringComparison.Ordinal));
}
