using System.Globalization;

namespace Sitrep.Core.Tables;

/// <summary>How a typed cell is written as text (CSV, HXL): numbers round-trip, dates in ISO 8601 at their precision, booleans as true/false.</summary>
public static class TableCells
{
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s,
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        TimePoint t => t.ToIso(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}
