using Sitrep.Core;

namespace Sitrep.Testing;

/// <summary>A made-up report and the event it covers (the truth a test scores against).</summary>
public sealed record SyntheticReport(Article Article, int EventId);
