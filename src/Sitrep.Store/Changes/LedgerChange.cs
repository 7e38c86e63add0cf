using System.Text.Json.Serialization;

namespace Sitrep.Store.Changes;

/// <summary>
/// One change of one series' estimate, recorded when a story's ledger was rebuilt: the estimate before and
/// after, the rule and basis the ledger gave for the new one (<c>EstimateText.Basis</c>), the reports that
/// caused the change and how many reports stand behind the new value. The JSON names are the API's.
/// </summary>
/// <param name="Seq">Increasing with the order changes were recorded in; a cursor for paging.</param>
/// <param name="StoryTitle">The story's title when read (null for a story since deleted).</param>
/// <param name="Reports">Reports that joined the series since the previous rebuild: what caused the change.</param>
/// <param name="RevisedFrom">For a revision, the earlier value the ledger says the new one revises (which may not be the estimate recorded before).</param>
/// <param name="Support">Reports behind the new best value: the chosen claim, the claims supporting it and their echoes.</param>
public sealed record LedgerChange(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("story")] string StoryId,
    [property: JsonPropertyName("story_title")] string? StoryTitle,
    [property: JsonPropertyName("series")] string SeriesId,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonIgnore] ChangeKind Kind,
    [property: JsonPropertyName("old_best")] double? OldBest,
    [property: JsonPropertyName("old_low")] double? OldLow,
    [property: JsonPropertyName("old_high")] double? OldHigh,
    [property: JsonPropertyName("best")] double? Best,
    [property: JsonPropertyName("low")] double? Low,
    [property: JsonPropertyName("high")] double? High,
    [property: JsonPropertyName("revised_from")] double? RevisedFrom,
    [property: JsonPropertyName("qualifier")] string Qualifier,
    [property: JsonPropertyName("as_of")] string? AsOf,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("basis")] string Basis,
    [property: JsonPropertyName("reports")] IReadOnlyList<string> Reports,
    [property: JsonPropertyName("support")] int Support,
    [property: JsonPropertyName("recorded")] DateTimeOffset RecordedAt)
{
    /// <summary>The kind's stable name: <c>new</c>, <c>up</c>, <c>down</c>, <c>revised-down</c>, <c>revised-up</c>, <c>range</c>.</summary>
    [JsonPropertyName("kind")]
    public string KindName => ChangeText.KindName(Kind);

    /// <summary>The digest line: "killed in the explosion: 125 → 68, revised down, Nagorno-Karabakh ombudsman, 3 reports".</summary>
    [JsonPropertyName("digest")]
    public string Digest => ChangeText.Digest(this);
}
