using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Store.Relational;

/// <summary>An article's blocks as compact JSON: <c>[[start,length,"role"],…]</c> with snake_case roles.</summary>
internal static class BlockCodec
{
    private static readonly FrozenDictionary<BlockRole, string> Names =
        Enum.GetValues<BlockRole>().ToFrozenDictionary(r => r, r => JsonNamingPolicy.SnakeCaseLower.ConvertName(r.ToString()));

    private static readonly FrozenDictionary<string, BlockRole> Roles =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Write(IReadOnlyList<Block> blocks)
    {
        if (blocks.Count == 0)
        {
            return "[]";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var block in blocks)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(block.Span.Start);
                writer.WriteNumberValue(block.Span.Length);
                writer.WriteStringValue(Names[block.Role]);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a role this version does not know reads as <see cref="BlockRole.Body"/>.</summary>
    public static IReadOnlyList<Block> Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]")
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var blocks = new List<Block>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var role = Roles.GetValueOrDefault(item[2].GetString() ?? "", BlockRole.Body);
            blocks.Add(new Block(new TextSpan(item[0].GetInt32(), item[1].GetInt32()), role));
        }

        return blocks;
    }
}
