using System.Buffers;
using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Ingest.Text;

/// <summary>
/// Reads a plain-text or Markdown report. Refuses, with a reason, what is not a report: a missing,
/// empty, oversized or binary file, or one that is not UTF-8.
/// </summary>
public sealed class TextArticleReader
{
    /// <summary>16 MiB: far above any real report, low enough that a stray dump cannot exhaust memory.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly long _maxBytes;

    public TextArticleReader(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _maxBytes = maxBytes;
    }

    /// <summary>Largest report read, in bytes.</summary>
    public long MaxBytes => _maxBytes;

    public ReadOutcome Read(string path, ManifestEntry? entry = null)
    {
        var (bytes, read, refused) = ReadFile(path);
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            var (text, failure) = Decode(path, bytes.AsSpan(0, read));
            if (failure is not null)
            {
                return new ReadOutcome(null, failure);
            }

            string id = entry?.Id ?? Path.GetFileNameWithoutExtension(path);
            var article = Build(id, text!, entry, path);
            return ReadOutcome.Ok(entry is null ? DateLoose(article, path) : article);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// The file's bytes, in a buffer rented from the shared pool (the caller returns it), and how many there are; or why
    /// the file is refused. One open for the size and the bytes: a stat of the path first, then a read, cost a report a
    /// second look-up of its path (a folder of small reports pays that on each). The bytes are garbage once decoded, and a
    /// fresh array per file cost a folder of small reports the collector's fresh pages. A buffer rented before a read
    /// fails is left to the collector, as the pool allows.
    /// </summary>
    private (byte[] Bytes, int Read, ReadOutcome? Refused) ReadFile(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                return ([], 0, ReadOutcome.Fail(path, "empty", "empty file"));
            }

            if (length > _maxBytes || length > Array.MaxLength)
            {
                return ([], 0, ReadOutcome.Fail(path, "too-large", length > _maxBytes
                    ? $"file is {Megabytes(length)}, over the {Megabytes(_maxBytes)} limit for one report (raise it with --max-size)"
                    : $"file is {Megabytes(length)}, over the {Megabytes(Array.MaxLength)} one report can be"));
            }

            var bytes = ArrayPool<byte>.Shared.Rent((int)length);
            return (bytes, ReadAll(handle, bytes.AsSpan(0, (int)length)), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ([], 0, ReadOutcome.Fail(path, "not-found", "file not found"));
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            return ([], 0, ReadOutcome.Fail(path, "not-found", "a folder, not a file"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], 0, ReadOutcome.Fail(path, "unreadable", $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>Reads the file into <paramref name="into"/>; returns how many bytes it gave (fewer if it shrank while read).</summary>
    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> into)
    {
        int read = 0;
        for (int n; read < into.Length && (n = RandomAccess.Read(handle, into[read..], read)) > 0;)
        {
            read += n;
        }

        return read;
    }

    /// <summary>Reads a report's bytes (from anywhere: an upload, a fuzzer), with the same checks as a file.</summary>
    public ReadOutcome ReadBytes(string id, byte[] bytes, string origin)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return ReadOutcome.Fail(origin, "empty", "empty file");
        }

        if (bytes.LongLength > _maxBytes)
        {
            return ReadOutcome.Fail(origin, "too-large", $"it is {Megabytes(bytes.LongLength)}, over the {Megabytes(_maxBytes)} limit for one report (raise it with --max-size)");
        }

        var (text, failure) = Decode(origin, bytes);
        return failure is not null ? new ReadOutcome(null, failure) : ReadText(id, text!, origin: origin);
    }

    /// <summary>Reads text given directly (pasted or piped), with the same checks as a file.</summary>
    public ReadOutcome ReadText(string id, string text, ManifestEntry? entry = null, string? origin = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadOutcome.Fail(origin ?? id, "empty", "no text");
        }

        if (Encoding.UTF8.GetByteCount(text) > _maxBytes)
        {
            return ReadOutcome.Fail(origin ?? id, "too-large", $"text is over the {Megabytes(_maxBytes)} limit for one report");
        }

        return ReadOutcome.Ok(Build(id, text, entry, origin));
    }

    /// <summary>A file read without a manifest: dated from its dateline or file name, or marked undated (<see cref="LooseFileDates"/>).</summary>
    public static Article DateLoose(Article article, string fileName)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Published is not null)
        {
            return article;
        }

        var resolved = LooseFileDates.Resolve(article.Text, fileName);
        return article with { Published = resolved.Published, PublishedFrom = resolved.Source, Outlet = article.Outlet ?? resolved.Outlet };
    }

    private static Article Build(string id, string text, ManifestEntry? entry, string? origin)
    {
        TimePoint? published = TimePoint.TryParse(entry?.Published, out var p) ? p : null;
        return new Article
        {
            Id = id,
            Text = text,
            Title = entry?.Title,
            Outlet = entry?.Outlet,
            Url = entry?.Url,
            Published = published,
            PublishedFrom = published is null ? PublishedSource.Unknown : PublishedSource.Given,
            Language = entry?.Language,
            Origin = origin,
        };
    }

    /// <summary>Control bytes but NUL (refused on its own), line ends, tabs and form feeds: found by a vectorised search, as text has few.</summary>
    private static readonly SearchValues<byte> StrayControls = SearchValues.Create(
        [.. Enumerable.Range(1, 0x1F).Where(b => b is not ('\n' or '\r' or '\t' or 0x0C)).Select(b => (byte)b)]);

    /// <summary>Decodes bytes as strict UTF-8, refusing binary content. Offsets later count from the first character, a BOM included.</summary>
    internal static (string? Text, Diagnostic? Failure) Decode(string input, ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.Contains((byte)0))
        {
            return (null, Failure(input, "binary", "binary file (it holds NUL bytes), not a text report"));
        }

        int controls = 0;
        for (var rest = probe; rest.IndexOfAny(StrayControls) is int at and >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }

        if (controls > probe.Length / 20)
        {
            return (null, Failure(input, "binary", "binary file (mostly control bytes), not a text report"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            string at = e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" near byte {e.Index}") : "";
            return (null, Failure(input, "not-utf8", $"not valid UTF-8{at}; convert it to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"));
        }

        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            return (null, Failure(input, "empty", "no text (only white space)"));
        }

        return (text, null);
    }

    private static Diagnostic Failure(string input, string code, string message) =>
        new(DiagnosticSeverity.Error, code, message, input);

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
