using System.Text.Json;

namespace Sitrep.Testing;

/// <summary>One hand-annotated figure, in the format of <c>../shared/corpus/*/gold/figures.jsonl</c> and our fixtures.</summary>
public sealed record GoldFigure(
    string Doc,
    string Quote,
    int Start,
    int End,
    double Value,
    string Unit,
    string Measure,
    string Qualifier,
    string? Source,
    string? AsOf,
    bool Optional,
    bool Historical,
    IReadOnlyList<string> QualifierAlt,
    IReadOnlyList<string> SourceAlt,
    IReadOnlyList<string> AsOfAlt)
{
    public static IReadOnlyList<GoldFigure> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    public static GoldFigure Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        string? Str(string name) => r.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        IReadOnlyList<string> List(string name) => r.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        bool Flag(string name) => r.TryGetProperty(name, out var p) && p.ValueKind is not (JsonValueKind.False or JsonValueKind.Null);
        return new GoldFigure(
            Str("doc")!, Str("quote") ?? "", r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(),
            r.GetProperty("value").GetDouble(), Str("unit") ?? "people", Str("measure")!, Str("qualifier") ?? "none",
            Str("source"), Str("as_of"), Flag("optional"), Flag("historical"),
            List("qualifier_alt"), List("source_alt"), List("as_of_alt"));
    }
}
