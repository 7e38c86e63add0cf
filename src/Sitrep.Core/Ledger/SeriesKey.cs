using System.Globalization;
using System.Text;

namespace Sitrep.Core.Ledger;

/// <summary>What a series counts: measure, unit, event, side ("Azerbaijani") and role ("combatants"), donor for aid.</summary>
internal sealed record SeriesKey(Measure Measure, string Unit, bool Historical, bool SubCount, string? Event, string? Side, string? Role, string? Donor, int? Year, string? Aspect = null)
{
    /// <summary>A stable, readable id: <c>killed-explosion</c>, <c>killed-offensive-azerbaijani-combatants</c>, <c>aid_money-usd-usaid</c>.</summary>
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
            if (SubCount)
            {
                parts.Add("part");
            }

            if (Historical)
            {
                parts.Add(Year?.ToString(CultureInfo.InvariantCulture) ?? "earlier");
            }

            return Slug(string.Join('-', parts.Where(p => !string.IsNullOrEmpty(p))));
        }
    }

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
