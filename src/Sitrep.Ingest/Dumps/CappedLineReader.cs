using System.Text;

namespace Sitrep.Ingest.Dumps;

/// <summary>
/// Reads a stream line by line without ever holding more than one capped line: a line longer than
/// the cap is skipped to its end and reported, so one runaway line cannot exhaust memory.
/// </summary>
internal static class CappedLineReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>Per line: its 1-based number, its text (null when too long or not UTF-8) and why it has none.</returns>
    public static IEnumerable<(int Number, string? Text, string? Problem)> Read(Stream stream, int maxLineBytes)
    {
        var line = new MemoryStream();
        byte[] buffer = new byte[1 << 16];
        int number = 0;
        bool tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, maxLineBytes, ref tooLong);
                number++;
                yield return Finish(line, number, ref tooLong);
                start = i + 1;
            }

            Append(line, buffer, start, read - start, maxLineBytes, ref tooLong);
        }

        if (line.Length > 0 || tooLong)
        {
            number++;
            yield return Finish(line, number, ref tooLong);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, int maxLineBytes, ref bool tooLong)
    {
        if (tooLong || count == 0)
        {
            return;
        }

        if (line.Length + count > maxLineBytes)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }

        line.Write(buffer, start, count);
    }

    private static (int, string?, string?) Finish(MemoryStream line, int number, ref bool tooLong)
    {
        try
        {
            if (tooLong)
            {
                return (number, null, "line too long");
            }

            var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }

            if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            try
            {
                return (number, StrictUtf8.GetString(bytes), null);
            }
            catch (DecoderFallbackException)
            {
                return (number, null, "not valid UTF-8");
            }
        }
        finally
        {
            tooLong = false;
            line.SetLength(0);
        }
    }
}
