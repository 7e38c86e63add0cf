namespace Sitrep.Web.Contracts;

/// <summary>Another place the same report was found: a wire copy, a re-post.</summary>
public sealed record ReportCopy(string Source, string? Outlet, string ReportedId, DateTimeOffset FirstSeen);
