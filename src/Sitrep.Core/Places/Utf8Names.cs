using System.Text;
using System.Text.Unicode;

namespace Sitrep.Core.Places;

/// <summary>
/// Names written in UTF-8 (the shipped gazetteer's lines) asked about as .NET compares names: case ignored as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> ignores it, so that a table over the file's bytes finds what one over
/// its decoded text would. Most names are ASCII and compared byte by byte; any other is decoded first.
/// </summary>
internal static class Utf8Names
{
    /// <summary>The longest name decoded on the stack; a longer one (no shipped name is) goes to the heap.</summary>
    public const int StackChars = 256;

    /// <summary>Decodes <paramref name="utf8"/> into <paramref name="into"/> (at least as long); returns the characters written.</summary>
    public static int Decode(ReadOnlySpan<byte> utf8, Span<char> into)
    {
        Utf8.ToUtf16(utf8, into, out _, out int written, replaceInvalidSequences: true);
        return written;
    }

    /// <summary>The name as a string.</summary>
    public static string String(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    /// <summary>Whether the UTF-8 name is <paramref name="name"/>, case ignored.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> name)
    {
        if (Ascii.EqualsIgnoreCase(utf8, name))
        {
            return true;
        }

        if (Ascii.IsValid(utf8) && Ascii.IsValid(name))
        {
            return false;
        }

        Span<char> decoded = utf8.Length <= StackChars ? stackalloc char[utf8.Length] : new char[utf8.Length];
        return ((ReadOnlySpan<char>)decoded[..Decode(utf8, decoded)]).Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether two UTF-8 names are one, case ignored.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (Ascii.IsValid(a) && Ascii.IsValid(b))
        {
            return Ascii.EqualsIgnoreCase(a, b);
        }

        Span<char> decoded = b.Length <= StackChars ? stackalloc char[b.Length] : new char[b.Length];
        return EqualsIgnoreCase(a, decoded[..Decode(b, decoded)]);
    }
}
