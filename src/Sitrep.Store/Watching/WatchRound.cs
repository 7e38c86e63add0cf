using System.Globalization;
using System.Text;

namespace Sitrep.Store.Watching;

/// <summary>What one round of a watcher did: the sources it fetched and what became of their reports. <see cref="ToString"/> is its one line.</summary>
/// <param name="Deferred">Sources not fetched because their host failed earlier in the round (they wait as long as it).</param>
/// <param name="Problems">One "URL: reason" per source that failed or was cut short.</param>
/// <param name="Interrupted">The watcher was stopped during the round (the report in hand was finished first).</param>
public sealed record WatchRound(
    int Number,
    int Sources,
    int NotModified,
    int Failed,
    int Deferred,
    int New,
    int NewVersions,
    int Unchanged,
    int ReportsFailed,
    int Stories,
    int Changes,
    IReadOnlyList<string> Problems,
    TimeSpan Elapsed,
    bool Interrupted)
{
    /// <summary>"round 3: 2 sources (1 not modified, 1 failed); 3 new, 0 new versions, 1 unchanged, 0 failed; 2 stories, 1 change; 0.4 s; …".</summary>
    public override string ToString()
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"round {Number}: {Sources} source{(Sources == 1 ? "" : "s")} ({NotModified} not modified, {Failed} failed");
        line.Append(Deferred > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Deferred} put off with their host); ") : "); ");
        line.Append(CultureInfo.InvariantCulture, $"{New} new, {NewVersions} new versions, {Unchanged} unchanged, {ReportsFailed} failed; ");
        line.Append(CultureInfo.InvariantCulture, $"{Stories} stor{(Stories == 1 ? "y" : "ies")} updated, {Changes} change{(Changes == 1 ? "" : "s")}; {Elapsed.TotalSeconds:0.0} s");
        if (Interrupted)
        {
            line.Append("; interrupted");
        }

        foreach (string problem in Problems.Take(3))
        {
            line.Append("; ").Append(problem);
        }

        if (Problems.Count > 3)
        {
            line.Append(CultureInfo.InvariantCulture, $"; {Problems.Count - 3} more");
        }

        return line.ToString();
    }
}
