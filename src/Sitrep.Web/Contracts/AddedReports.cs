namespace Sitrep.Web.Contracts;

/// <summary>What <c>POST /api/reports</c> did with each input.</summary>
public sealed record AddedReports(IReadOnlyList<AddedReportItem> Reports);
