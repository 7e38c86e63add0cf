namespace Sitrep.Core.Lexicons;

/// <summary>A way of writing a currency: its ISO 4217 code, and for a subunit ("cents") its share of the unit.</summary>
public sealed record CurrencyCue(string Code, double Factor = 1);
