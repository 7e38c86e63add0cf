namespace Sitrep.Core.Lexicons;

/// <summary>A country as news names it: "Armenia", "Armenian", "Yerevan", "Armenians".</summary>
public sealed record Country(string Name, string Adjective, string Capital, IReadOnlyList<string> Demonyms, IReadOnlyList<string> OtherNames);
