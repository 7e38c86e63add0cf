namespace Sitrep.Core.Stories;

/// <summary>A word of an article's text, as <see cref="WordScanner"/> found it.</summary>
/// <param name="SentenceStart">The first word of a sentence or paragraph, where any word is capitalised.</param>
/// <param name="CaseBlind">The word sits on a line in capitals or title case (a headline), where case says nothing.</param>
internal readonly record struct Word(int Start, int Length, WordShape Shape, bool SentenceStart, bool CaseBlind)
{
    public int End => Start + Length;
}
