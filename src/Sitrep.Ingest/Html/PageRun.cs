using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>One paragraph-like run of a page's text, with where it sits and how much of it is link text.</summary>
internal sealed class PageRun
{
    public required IElement Owner { get; init; }

    public required RunKind Kind { get; init; }

    /// <summary>The text with white space collapsed.</summary>
    public required string Text { get; init; }

    /// <summary>Letters and digits in the run (white space and punctuation not counted).</summary>
    public required int Chars { get; init; }

    /// <summary>Of <see cref="Chars"/>, how many sit inside links.</summary>
    public required int LinkChars { get; init; }

    public required int Index { get; init; }

    /// <summary>Heading level 1–6 for <see cref="RunKind.Heading"/>, else 0.</summary>
    public int Level { get; init; }

    /// <summary>Why the run is page furniture (the element and hint that ruled it out), or null.</summary>
    public string? Furniture { get; init; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public int Words => CountWords(Text);

    /// <summary>The element scores propagate from: the owner itself for text loose in a container, else its parent.</summary>
    public IElement? Container => Kind is RunKind.Loose or RunKind.TableCell ? Owner : Owner.ParentElement;

    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
