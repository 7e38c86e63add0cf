using Sitrep.Ingest.Text;

namespace Sitrep.Fuzz;

/// <summary>Plain text reports: decoding (BOMs, UTF-16, binary), then the whole extraction pipeline.</summary>
public sealed class TextTarget : IFuzzTarget
{
    private readonly TextArticleReader _reader = new(Reports.MaxBytes);

    public string Name => "text";

    public IReadOnlyList<string> Tokens { get; } =
    [
        " 5 of ", " people were killed", "at least ", " million", "1,200", "12%", "$11.5-million", " (5.28 million euros) ",
        new string('9', 400), "\u202E", "\0", "\uFEFF", "\r\n\r\n", " said on Tuesday.", "From 1988 to 1994, ", "two dozen", "\u00AD",
    ];

    public IEnumerable<byte[]> Seeds(string corpus) => Reports.Texts(corpus).Select(Reports.Utf8);

    public void Run(byte[] input) => Reports.Extract([_reader.ReadBytes("fuzz", input, "fuzz.txt")]);
}
