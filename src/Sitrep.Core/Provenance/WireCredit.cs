namespace Sitrep.Core.Provenance;

/// <summary>A wire service an article credits, how (the form from <c>wire-credits.tsv</c>: <c>dateline</c>, <c>via</c>, <c>reporting-by</c>, <c>credit-line</c>, <c>sign-off</c>, <c>dash-sign-off</c>), and where.</summary>
public sealed record WireCredit(string Wire, string Form, TextSpan Span);
