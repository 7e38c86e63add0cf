namespace Sitrep.Core.Ledger;

/// <summary>The ledger of one story: its reports and its series, main series first.</summary>
public sealed record StoryLedger(string Id, string Title, IReadOnlyList<LedgerArticle> Articles, IReadOnlyList<Series> Series)
{
    public TimePoint? First => Articles.Select(a => a.Published).Where(p => p is not null).Min();

    public TimePoint? Last => Articles.Select(a => a.Published).Where(p => p is not null).Max();
}
