using Sitrep.Core;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Turns what a user names on the command line (files, folders, a manifest) into a stream of
/// articles, one at a time, so a corpus of any size is read with flat memory. Each input that
/// cannot be read yields a failure naming it; the others are still read.
/// </summary>
public sealed class ReportSource
{
    /// <summary>File endings read from a folder.</summary>
    public static readonly IReadOnlyList<string> ReportExtensions = [".txt", ".md"];

    private readonly TextArticleReader _textReader;

    public ReportSource(TextArticleReader? textReader = null)
    {
        _textReader = textReader ?? new TextArticleReader();
    }

    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths, string? manifestPath = null)
    {
        if (manifestPath is not null)
        {
            foreach (var outcome in ReadManifest(manifestPath))
            {
                yield return outcome;
            }
        }

        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in FilesIn(path))
                {
                    yield return ReadFile(file);
                }
            }
            else if (File.Exists(path))
            {
                yield return ReadFile(path);
            }
            else
            {
                yield return ReadOutcome.Fail(path, "not-found", "no such file or folder");
            }
        }
    }

    /// <summary>Reads one file with the reader its ending calls for.</summary>
    public ReadOutcome ReadFile(string path, ManifestEntry? entry = null) => _textReader.Read(path, entry);

    private IEnumerable<ReadOutcome> ReadManifest(string manifestPath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        foreach (var (entry, failure) in ManifestReader.Read(manifestPath))
        {
            if (failure is not null)
            {
                yield return new ReadOutcome(null, failure);
                continue;
            }

            string file = Path.Combine(folder, entry!.File);
            if (!File.Exists(file))
            {
                yield return ReadOutcome.Fail($"{manifestPath} (id {entry.Id})", "not-found", $"names a missing file: {entry.File}");
                continue;
            }

            yield return ReadFile(file, entry);
        }
    }

    private static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => ReportExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
