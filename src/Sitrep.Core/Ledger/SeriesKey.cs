using System.Globalization;
using System.Text;

namespace Sitrep.Core.Ledger;

/// <summary>
/// What a series counts: measure, unit, event, side ("Azerbaijani") and role ("combatants") in a conflict, the
/// part of a whole it counts ("children"), the donor for aid, and for displacement its aspect.
/// </summary>
internal sealed record SeriesKey(Measure Measure, string Unit, bool Historical, string? Part, string? Event, string? Side, string? Role, string? Donor, int? Year, string? Aspect = null)
{
    /// <summary>A stable, readable id: <c>killed-explosion</c>, <c>killed-offensive-azerbaijani-combatants</c>, <c>killed-attack-part-children</c>, <c>aid_money-usd-usaid</c>.</summary>
    public string Id
    {
        get
        {
            var parts = new List<string?> { Measure.Name() };
            if (Unit != Vocabulary.People)
            {
                parts.Add(Unit);
            }

            parts.Add(Event);
            parts.Add(Aspect);
            parts.Add(Side);
            parts.Add(Role);
            parts.Add(Donor);
            if (Part is not null)
            {
                parts.Add("part");
                parts.Add(Part == "part" ? null : Part);
            }

            if (Historical)
            {
                parts.Add(Year?.ToString(CultureInfo.InvariantCulture) ?? "earlier");
            }

            return Slug(string.Join('-', parts.Where(p => !string.IsNullOrEmpty(p))));
        }
    }

    /// <summary>The key of the whole a part belongs to: the same count without the part.</summary>
    public SeriesKey Whole => this with { Part = null };

    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
