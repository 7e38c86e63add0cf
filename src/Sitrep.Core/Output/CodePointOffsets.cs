namespace Sitrep.Core;

/// <summary>
/// Converts UTF-16 offsets (what .NET strings use) into Unicode code point offsets (what Python and
/// most tools count), so exported offsets match the file as other tools read it. Free when the text
/// has no characters outside the Basic Multilingual Plane.
/// </summary>
public sealed class CodePointOffsets
{
    private readonly int[]? _surrogateEnds;

    public CodePointOffsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<int>? ends = null;
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                (ends ??= []).Add(i + 2);
                i++;
            }
        }

        _surrogateEnds = ends?.ToArray();
    }

    public int Convert(int utf16Offset)
    {
        if (_surrogateEnds is null)
        {
            return utf16Offset;
        }

        int index = Array.BinarySearch(_surrogateEnds, utf16Offset);
        int pairsBefore = index >= 0 ? index + 1 : ~index;
        return utf16Offset - pairsBefore;
    }
}
