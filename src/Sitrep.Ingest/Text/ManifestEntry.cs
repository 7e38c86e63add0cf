namespace Sitrep.Ingest.Text;

/// <summary>One line of a manifest (JSON Lines): <c>id</c>, <c>file</c> (relative to the manifest), <c>outlet</c>, <c>published</c>, <c>url</c>, <c>title</c>, <c>language</c>.</summary>
public sealed record ManifestEntry(
    string Id,
    string File,
    string? Outlet,
    string? Published,
    string? Url,
    string? Title,
    string? Language);
