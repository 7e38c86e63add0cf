using System.Text.Json.Serialization;
using Sitrep.Store.Changes;

namespace Sitrep.Web.Changes;

/// <summary>A page of recorded changes, newest first.</summary>
/// <param name="Next">The cursor of the next (older) page, or null when this is the last.</param>
public sealed record ChangePage(
    [property: JsonPropertyName("changes")] IReadOnlyList<LedgerChange> Changes,
    [property: JsonPropertyName("next")] string? Next);
