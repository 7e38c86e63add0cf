namespace Sitrep.Core.Tables;

/// <summary>One table of a ledger (series, or points): columns and rows of typed cells (<see cref="CellKind"/>); a null cell is empty.</summary>
public sealed record LedgerSheet(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>The index of the column named <paramref name="name"/>; throws when there is none.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"no column '{name}' in the {Name} sheet", nameof(name));
    }
}
