using Sitrep.Core.Ledger;

namespace Sitrep.Core.Tables;

/// <summary>
/// A ledger sheet as HXL-tagged CSV (the Humanitarian Exchange Language HDX reads): the header row, then right under
/// it a row of hashtags, then the data. Values go in one column per thing counted, tagged as HDX expects
/// (<c>#affected+killed</c>, <c>#affected+injured</c>, <c>#affected+missing</c>, <c>#affected+displaced</c>,
/// <c>#affected+hosp</c>, <c>#value+funding+usd</c> …), so a row of killed has its number under <c>#affected+killed</c>
/// and the others empty; the rest of the row is tagged with core hashtags (<c>#date+reported</c>, <c>#meta+source</c>,
/// <c>#meta+url</c>, <c>#country+code</c>, <c>#adm1+code</c>, <c>#event</c>, <c>#indicator</c>, <c>#description</c>, <c>#org</c>).
/// No byte-order mark: HXL is read by programs.
/// </summary>
public static class LedgerHxl
{
    /// <summary>The value column's hashtag for a measure and unit: <c>#affected+killed</c>, <c>#affected+displaced+households</c>, <c>#value+funding+eur</c>.</summary>
    public static string ValueTag(Measure measure, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string tag = measure switch
        {
            Measure.Killed => "#affected+killed",
            Measure.Injured => "#affected+injured",
            Measure.Missing => "#affected+missing",
            Measure.Displaced => "#affected+displaced",
            Measure.Hospitalized => "#affected+hosp",
            Measure.Identified => "#affected+killed+identified",
            Measure.Registered => "#affected+registered",
            Measure.Detained => "#affected+detained",
            Measure.Affected => "#affected",
            Measure.Population => "#population",
            Measure.HousesDestroyed => "#impact+houses+destroyed",
            Measure.HousesDamaged => "#impact+houses+damaged",
            Measure.AidMoney => "#value+funding",
            Measure.AidGoods => "#value+aid+goods",
            _ => "#indicator+num",
        };
        return unit switch
        {
            Vocabulary.People or "houses" => tag,
            "percent" => tag + "+pct",
            _ => tag + "+" + Attribute(unit),
        };
    }

    /// <summary>
    /// Writes <paramref name="sheet"/> with its number column (<c>best</c> or <c>value</c>, the one without a hashtag of its
    /// own) spread over one column per value tag found in it, in the order of the measures.
    /// </summary>
    public static void Write(TextWriter output, LedgerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheet);
        int valueColumn = Enumerable.Range(0, sheet.Columns.Count).Single(i => sheet.Columns[i].Hxl is null);
        int measureColumn = sheet.IndexOf("measure");
        int unitColumn = sheet.IndexOf("unit");
        var tags = sheet.Rows
            .Select(r => (Measure: Vocabulary.TryParseMeasure(r[measureColumn] as string, out var m) ? m : Measure.Other, Unit: r[unitColumn] as string ?? Vocabulary.People))
            .Distinct()
            .OrderBy(t => t.Measure).ThenBy(t => t.Unit, StringComparer.Ordinal)
            .Select(t => (t.Measure, t.Unit, Tag: ValueTag(t.Measure, t.Unit)))
            .ToList();
        var valueTags = tags.Select(t => t.Tag).Distinct(StringComparer.Ordinal).ToList();

        var headers = new List<string?>();
        var hashtags = new List<string?>();
        for (int c = 0; c < sheet.Columns.Count; c++)
        {
            if (c == valueColumn)
            {
                headers.AddRange(valueTags.Select(t => t.TrimStart('#').Replace('+', '_')));
                hashtags.AddRange(valueTags);
            }
            else
            {
                headers.Add(sheet.Columns[c].Name);
                hashtags.Add(sheet.Columns[c].Hxl);
            }
        }

        LedgerCsv.WriteRow(output, headers);
        LedgerCsv.WriteRow(output, hashtags);
        foreach (var row in sheet.Rows)
        {
            var cells = new List<string?>(headers.Count);
            for (int c = 0; c < row.Length; c++)
            {
                if (c != valueColumn)
                {
                    cells.Add(TableCells.Text(row[c]));
                    continue;
                }

                string tag = ValueTag(Vocabulary.TryParseMeasure(row[measureColumn] as string, out var m) ? m : Measure.Other, row[unitColumn] as string ?? Vocabulary.People);
                cells.AddRange(valueTags.Select(t => string.Equals(t, tag, StringComparison.Ordinal) ? TableCells.Text(row[c]) : null));
            }

            LedgerCsv.WriteRow(output, cells);
        }
    }

    /// <summary>An HXL attribute from a unit: lower case letters and digits ("USD" gives "usd").</summary>
    private static string Attribute(string unit) =>
        new(unit.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).DefaultIfEmpty('x').ToArray());
}
