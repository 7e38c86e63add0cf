namespace Sitrep.Core.Attribution;

/// <summary>An attribution in a sentence: tokens [<see cref="Start"/>, <see cref="End"/>) hold the source and its verb or preposition.</summary>
/// <param name="Raw">The source as written.</param>
/// <param name="Canonical">The canonical source; empty when a pronoun had nothing to refer to.</param>
/// <param name="IsCarried">A pronoun or "the statement": the source was carried from an earlier sentence.</param>
public sealed record SourceFrame(int Start, int End, int VerbStart, int VerbEnd, string Raw, string Canonical, FrameScope Scope, bool IsCarried)
{
    public int SubjectEnd => End;
}
