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

        using var reader = File.OpenText(manifestPath);
        foreach (var line in Read(reader, manifestPath))
        {
            yield return line;
        }
    }

    /// <summary>The entries of a manifest's text; <paramref name="name"/> names it in diagnostics (<c>name:line</c>).</summary>
    public static IEnumerable<(ManifestEntry? Entry, Diagnostic? Failure)> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"{name}:{lineNumber}");
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
            JsonValueKind.String => StringOf(value),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>
    /// The string's value; an escaped lone surrogate (<c>"\ud800"</c>, which .NET cannot turn into a string) becomes
    /// U+FFFD, as the store would make it, instead of failing the whole line. Found by fuzzing the dump reader.
    /// </summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            string raw = value.GetRawText();
            var repairedText = new System.Text.StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\' || i + 1 >= raw.Length)
                {
                    repairedText.Append(raw[i]);
                }
                else if (!IsSurrogateEscape(raw, i, out bool high))
                {
                    repairedText.Append(raw, i, 2); // any other escape, kept whole
                    i++;
                }
                else if (high && IsSurrogateEscape(raw, i + 6, out bool nextHigh) && !nextHigh)
                {
                    repairedText.Append(raw, i, 12); // a proper pair
                    i += 11;
                }
                else
                {
                    repairedText.Append("\\ufffd");
                    i += 5;
                }
            }

            using var repaired = JsonDocument.Parse(repairedText.ToString());
            return repaired.RootElement.GetString();
        }
    }

    /// <summary>Whether <c>\uXXXX</c> at <paramref name="at"/> escapes a surrogate, and whether a high one.</summary>
    private static bool IsSurrogateEscape(string raw, int at, out bool high)
    {
        high = false;
        if (at + 6 > raw.Length || raw[at] != '\\' || raw[at + 1] != 'u'
            || !int.TryParse(raw.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
        {
            return false;
        }

        high = code is >= 0xD800 and <= 0xDBFF;
        return code is >= 0xD800 and <= 0xDFFF;
    }

    private static Diagnostic Fail(string where, string code, string message) =>
        new(DiagnosticSeverity.Error, code, message, where);

    /// <summary>The first sentence of a parser's message, for one-line diagnostics.</summary>
    internal static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
