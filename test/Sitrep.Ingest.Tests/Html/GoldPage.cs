namespace Sitrep.Ingest.Tests.Html;

/// <summary>A page of the shared corpus with its hand-marked main text.</summary>
internal sealed record GoldPage(string Corpus, string Name, string PagePath, string GoldText);
