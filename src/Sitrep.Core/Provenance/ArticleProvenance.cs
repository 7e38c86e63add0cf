namespace Sitrep.Core.Provenance;

/// <summary>Where one article of a story comes from: the earlier articles it copies, the wires it credits, and which of its passages echo earlier ones.</summary>
/// <param name="Copies">Earlier articles it copies, most similar first.</param>
/// <param name="Paragraphs">Its paragraphs in order.</param>
/// <param name="Sentences">Its sentences in order.</param>
public sealed record ArticleProvenance(
    string ArticleId,
    string? Outlet,
    TimePoint? Published,
    IReadOnlyList<CopyLink> Copies,
    IReadOnlyList<WireCredit> Credits,
    IReadOnlyList<Passage> Paragraphs,
    IReadOnlyList<Passage> Sentences)
{
    /// <summary>The wire services it credits, each once, in order of first credit.</summary>
    public IReadOnlyList<string> Wires => Credits.Select(c => c.Wire).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Its strongest copy link, or <c>null</c> when it copies nothing earlier.</summary>
    public CopyLink? CopyOf => Copies.Count > 0 ? Copies[0] : null;
}
