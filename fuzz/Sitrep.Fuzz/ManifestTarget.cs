using System.Text;
using Sitrep.Ingest.Text;

namespace Sitrep.Fuzz;

/// <summary>Manifests: every line parsed, and every file it names resolved against a folder (nothing is read).</summary>
public sealed class ManifestTarget : IFuzzTarget
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sitrep-fuzz-manifest");

    public string Name => "manifest";

    public IReadOnlyList<string> Tokens { get; } =
    [
        "{\"id\":\"", "\"file\":\"", "../", "/etc/hostname", "\\u0000", "\"published\":\"", "2023-09-26T08:00:00+02:00", "9999-99-99", "\"url\":\"",
        "\"outlet\":", "\"language\":\"", "\"}", "\n", "[", "12", "\"title\":{\"a\":[[[[[[[[[[]]]]]]]]]]}",
    ];

    public IEnumerable<byte[]> Seeds(string corpus) =>
        Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, "manifest.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            : [];

    public void Run(byte[] input)
    {
        foreach (var (entry, _) in ManifestReader.Read(new StringReader(Encoding.UTF8.GetString(input)), "fuzz.jsonl"))
        {
            if (entry is not null)
            {
                ManifestPaths.Resolve(Folder, entry.File, anywhere: false);
            }
        }
    }
}
