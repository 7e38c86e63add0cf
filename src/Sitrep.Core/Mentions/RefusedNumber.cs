namespace Sitrep.Core.Mentions;

/// <summary>A number in the text that is not read, and why ("a number of 400 digits"): values are finite or refused.</summary>
public sealed record RefusedNumber(TextSpan Span, string Reason);
