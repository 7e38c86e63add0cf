using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Pdf;

/// <summary>
/// Joins a PDF's lines into running text: ligature glyphs written out ("ﬁ" as "fi"), a word hyphenated at a line's end
/// put back together ("dis-" + "placed" is "displaced") unless the document writes that word with its hyphen
/// elsewhere ("long-" + "term" stays "long-term" when "long-term" appears on one line), other lines joined by a space.
/// </summary>
internal sealed partial class PdfTextJoiner
{
    private readonly HashSet<string> _hyphenated;

    /// <param name="lines">Every line of the document, to learn the words it writes with a hyphen.</param>
    public PdfTextJoiner(IEnumerable<string> lines)
    {
        _hyphenated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines)
        {
            foreach (Match match in HyphenatedWord().Matches(Ligatures(line)))
            {
                _hyphenated.Add(match.Value);
            }
        }
    }

    /// <summary>Ligature glyphs (U+FB00–U+FB06) written out as their letters.</summary>
    public static string Ligatures(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 4);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>What goes between <paramref name="before"/> and the next line <paramref name="after"/>: "" after a repaired hyphen, else " ". <paramref name="before"/> loses its hyphen when it is repaired.</summary>
    public string Join(ref string before, string after)
    {
        string end = before.TrimEnd();
        string start = after.TrimStart();
        if (end.Length >= 2 && end[^1] is '\u00AD')
        {
            before = end[..^1];
            return "";
        }

        if (end.Length >= 2 && end[^1] is '-' or '\u2010' && char.IsLetter(end[^2]) && start.Length > 0 && char.IsLower(start[0]))
        {
            string head = LastWord().Match(end).Value;
            string tail = FirstWord().Match(start).Value;
            if (_hyphenated.Contains(head + tail))
            {
                before = end;
                return "";
            }

            before = end[..^1];
            return "";
        }

        before = end;
        return " ";
    }

    [GeneratedRegex(@"\b\p{L}+-\p{L}+\b", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedWord();

    [GeneratedRegex(@"\p{L}+[-\u2010]$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();
}
