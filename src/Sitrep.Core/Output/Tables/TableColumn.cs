namespace Sitrep.Core.Tables;

/// <summary>A column of a ledger table: its header, what it holds and how wide a spreadsheet shows it (in characters).</summary>
/// <param name="Hxl">The HXL hashtag with attributes (<c>#affected+killed</c>) when the column has one in HXL output.</param>
public sealed record TableColumn(string Name, CellKind Kind, int Width, string? Hxl = null);
