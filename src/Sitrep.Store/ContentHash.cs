using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Store;

/// <summary>
/// The fingerprint that tells whether two reports are the same content: SHA-256 (lower-case hex) of the
/// text with white space runs collapsed to one space, the ends trimmed, and invisible characters
/// (byte-order mark, zero-width space and joiners, soft hyphen) removed. A page saved again with other
/// line breaks or indentation hashes the same; any change of a word or number does not.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));
    }

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char ch in text)
        {
            if (ch is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
