using System.Text.RegularExpressions;

namespace Sitrep.Core.Provenance;

/// <summary>One row of <c>wire-credits.tsv</c>, compiled.</summary>
/// <param name="ImpliedWire">The wire credited when the match names none (the Reuters credit line), or <c>null</c>.</param>
/// <param name="NamesWire">The pattern holds <c>{wire}</c>: its group <c>wire</c> is the credited name.</param>
internal sealed record WireCreditPattern(string Form, string? ImpliedWire, Regex Regex, bool NamesWire);
