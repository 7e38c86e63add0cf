using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Ingest.Text;

/// <summary>
/// Reads a manifest: JSON Lines, one report a line, with <c>id</c> and <c>file</c> (relative to the
/// manifest) required. A bad line is a diagnostic naming the line; the other lines still count.
/// </summary>
public static class ManifestReader
{
    public static IEnumerable<(ManifestEntry? Entry, Diagnostic? Failure)> Read(string manifestPath)
    {
        if (!File.Exists(manifestPath))
        {
            yield return (null, new Diagnostic(DiagnosticSeverity.Error, "not-found", "manifest not found", manifestPath));
            yield break;
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(manifestPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"{manifestPath}:{lineNumber}");
            yield return Parse(line, where);
        }
    }

    internal static (ManifestEntry? Entry, Diagnostic? Failure) Parse(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            return (null, Fail(where, "bad-manifest-line", $"not a JSON object: {FirstSentence(e.Message)}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Fail(where, "bad-manifest-line", "not a JSON object"));
            }

            string? file = Str(root, "file");
            if (string.IsNullOrWhiteSpace(file))
            {
                return (null, Fail(where, "bad-manifest-line", "no \"file\" field"));
            }

            string id = Str(root, "id") is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(file);
            return (new ManifestEntry(id, file, Str(root, "outlet"), Str(root, "published"), Str(root, "url"),
                Str(root, "title"), Str(root, "language")), null);
        }
    }

    /// <summary>A string (or number, as written) field of a JSON object, or null.</summary>
    internal static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static Diagnostic Fail(string where, string code, string message) =>
        new(DiagnosticSeverity.Error, code, message, where);

    /// <summary>The first sentence of a parser's message, for one-line diagnostics.</summary>
    internal static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
