namespace Sitrep.Web.Contracts;

/// <summary>
/// The shape of a story's ledger (<c>GET /api/stories/{id}</c>), the story object of <c>sitrep report --format json</c>.
/// The server sends it from bytes encoded once per change of the story (<see cref="Core.LedgerJson"/>); this type
/// describes them in the OpenAPI document, and the API tests check the bytes against it.
/// </summary>
public sealed record LedgerStory(
    string Id,
    string Title,
    string? First,
    string? Last,
    IReadOnlyList<string> Articles,
    IReadOnlyList<LedgerReport> Reports,
    IReadOnlyList<LedgerSeries> Series);
