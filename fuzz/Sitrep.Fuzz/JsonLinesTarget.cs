using System.Text.Json;
using Sitrep.Ingest.Dumps;

namespace Sitrep.Fuzz;

/// <summary>News-crawl dumps in JSON Lines, with the corpus's reports as lines.</summary>
public sealed class JsonLinesTarget : IFuzzTarget
{
    private readonly JsonLinesDumpReader _reader = new(Reports.MaxBytes);

    public string Name => "jsonl";

    public IReadOnlyList<string> Tokens { get; } =
    [
        "{", "}", "[", "]", "\"", "\\\"", "\\u0000", "\\ud800", "\\u202e", "1e999", "-0", "\"title\":", "\"text\":\"", "\"maintext\":", "\"url\":\"https://",
        "\"date_publish\":\"", "\"id\":", "\"language\":\"", "null", "true", "\n", "\r\n",
    ];

    public IEnumerable<byte[]> Seeds(string corpus)
    {
        var lines = Reports.Texts(corpus, 20)
            .Select((t, i) => JsonSerializer.Serialize(new { title = Reports.FirstLine(t), text = t, date_publish = "2023-09-26 08:00:00", url = i % 2 == 0 ? $"https://corpus.example/{i}" : null, source_domain = "corpus.example" }))
            .ToList();
        return lines.Count == 0 ? [] : [Reports.Utf8(string.Join("\n", lines)), .. lines.Take(5).Select(Reports.Utf8)];
    }

    public void Run(byte[] input) => Reports.Extract(_reader.Read(new MemoryStream(input, writable: false), "fuzz.jsonl"));
}
