using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Sitrep.Store;

namespace Sitrep.Web.Contracts;

/// <summary>
/// The opaque <c>cursor</c> of a paged list: where the next page starts, as the server last said (<c>next_cursor</c>).
/// Figures page by their place in the store (a figure added meanwhile never shifts a page); stories by position in
/// the list, most recently updated first.
/// </summary>
public static class Cursor
{
    public static string Of(FigurePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Encode(string.Create(CultureInfo.InvariantCulture, $"f:{position.VersionKey}:{position.Ordinal}"));
    }

    public static string Of(int offset) => Encode(string.Create(CultureInfo.InvariantCulture, $"s:{offset}"));

    public static bool TryFigure(string? cursor, out FigurePosition? position)
    {
        position = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (Decode(cursor) is ['f', ':', .. var rest] && rest.Split(':') is [var key, var ordinal]
            && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long k)
            && int.TryParse(ordinal, NumberStyles.None, CultureInfo.InvariantCulture, out int o))
        {
            position = new FigurePosition(k, o);
            return true;
        }

        return false;
    }

    public static bool TryStory(string? cursor, out int offset)
    {
        offset = 0;
        return string.IsNullOrEmpty(cursor)
            || (Decode(cursor) is ['s', ':', .. var rest] && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out offset));
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));

    private static string Decode(string cursor)
    {
        try
        {
            return Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
