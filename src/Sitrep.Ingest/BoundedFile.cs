using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Ingest;

/// <summary>
/// Reads a whole input file with a size cap, decompressing <c>.gz</c> files on the fly (the cap then
/// applies to the decompressed size, so a small archive cannot expand without bound).
/// </summary>
internal static class BoundedFile
{
    public static (byte[]? Bytes, ReadOutcome? Failure) Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, ReadOutcome.Fail(path, "not-found", "file not found"));
        }

        if (info.Length == 0)
        {
            return (null, ReadOutcome.Fail(path, "empty", "empty file"));
        }

        try
        {
            using var stream = Open(path);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(path, maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.Length == 0
                ? (null, ReadOutcome.Fail(path, "empty", "empty file"))
                : (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, ReadOutcome.Fail(path, "unreadable", $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>Opens a file for reading, through a gzip decoder when its name ends in <c>.gz</c>.</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return IsCompressed(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public static bool IsCompressed(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's extension, looking through a <c>.gz</c> ending: "page.html.gz" gives ".html".</summary>
    public static string Extension(string path)
    {
        string name = IsCompressed(path) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant();
    }

    /// <summary>The file's name without extension, looking through a <c>.gz</c> ending.</summary>
    public static string Stem(string path)
    {
        string name = IsCompressed(path) ? Path.GetFileName(path)[..^3] : Path.GetFileName(path);
        return Path.GetFileNameWithoutExtension(name);
    }

    public static ReadOutcome TooLarge(string input, long maxBytes) =>
        ReadOutcome.Fail(input, "too-large", string.Create(CultureInfo.InvariantCulture,
            $"over the {maxBytes / (1024.0 * 1024.0):0.#} MB limit for one report (raise it with --max-size)"));
}
