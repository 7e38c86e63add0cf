namespace Sitrep.Core.Cleaning;

/// <summary>
/// A text with the damage of extraction repaired (<see cref="TextRepair"/>), and the way back: every offset of the
/// repaired text maps to one of the original, so evidence spans stay spans of the report as it was read.
/// </summary>
public sealed class RepairedText
{
    private readonly int[]? _toOriginal;

    internal RepairedText(string original, string text, int[]? toOriginal, int repairs)
    {
        Original = original;
        Text = text;
        _toOriginal = toOriginal;
        Repairs = repairs;
    }

    public string Original { get; }

    /// <summary>The repaired text; the original itself when nothing needed repair.</summary>
    public string Text { get; }

    /// <summary>How many places were repaired.</summary>
    public int Repairs { get; }

    public bool Changed => _toOriginal is not null;

    /// <summary>The offset in the original text of offset <paramref name="offset"/> of the repaired one (0 … length).</summary>
    public int ToOriginal(int offset) => _toOriginal is null ? offset : _toOriginal[offset];

    public TextSpan ToOriginal(TextSpan span) => _toOriginal is null ? span : TextSpan.FromBounds(ToOriginal(span.Start), ToOriginal(span.End));

    /// <summary>The first offset of the repaired text that maps at or after original offset <paramref name="original"/>.</summary>
    public int ToRepaired(int original)
    {
        if (_toOriginal is null)
        {
            return original;
        }

        int low = 0, high = _toOriginal.Length - 1;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (_toOriginal[mid] < original)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public TextSpan ToRepaired(TextSpan span) => _toOriginal is null ? span : TextSpan.FromBounds(ToRepaired(span.Start), ToRepaired(span.End));
}
