namespace Sitrep.Web.Contracts;

/// <summary>One input of <c>POST /api/reports</c>: the report it gave (new, unchanged or a new version), its figures and story, or why it failed.</summary>
public sealed record AddedReportItem(string Input, string? Id, string? Disposition, int Version, int Figures, string? Story, string? Failure);
