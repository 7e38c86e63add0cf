using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Store.Changes;

/// <summary>The words every output uses for a change: its kind's name and its one-line digest. Pure.</summary>
public static class ChangeText
{
    public static string KindName(ChangeKind kind) => kind switch
    {
        ChangeKind.RevisedDown => "revised-down",
        ChangeKind.RevisedUp => "revised-up",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 3 reports".</summary>
    public static string Digest(LedgerChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = new StringBuilder(change.Label).Append(": ");
        string now = Value(change.Best, change.Qualifier, change.Unit);
        switch (change.Kind)
        {
            case ChangeKind.New:
                text.Append(now).Append(" (new)");
                break;
            case ChangeKind.Range:
                text.Append(now).Append(", range ").Append(Range(change.Low, change.High)).Append(" (was ").Append(Range(change.OldLow, change.OldHigh)).Append(')');
                break;
            case ChangeKind.RevisedDown or ChangeKind.RevisedUp:
                text.Append(Value(change.RevisedFrom ?? change.OldBest, "none", change.Unit)).Append(" → ").Append(now).Append(", ").Append(KindName(change.Kind).Replace('-', ' '));
                break;
            default:
                text.Append(Value(change.OldBest, "none", change.Unit)).Append(" → ").Append(now).Append(", ").Append(KindName(change.Kind).Replace('-', ' '));
                break;
        }

        if (change.Source is { Length: > 0 } source)
        {
            text.Append(", ").Append(source);
        }

        return text.Append(", ").Append(LedgerText.Count(change.Support, "report")).ToString();
    }

    /// <summary>"2023-09-27 14:05": when a change was recorded, in UTC, to the minute.</summary>
    public static string When(DateTimeOffset recorded) =>
        recorded.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Value(double? value, string qualifier, string unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        Vocabulary.TryParseQualifier(qualifier, out var hedge);
        return FigureText.Describe(v, hedge, unit);
    }

    private static string Range(double? low, double? high) =>
        (low, high) switch
        {
            ({ } l, { } h) when l != h => $"{FigureText.Number(l)}–{FigureText.Number(h)}",
            ({ } l, null) => $"{FigureText.Number(l)} or more",
            ({ } l, _) => FigureText.Number(l),
            _ => "–",
        };
}
