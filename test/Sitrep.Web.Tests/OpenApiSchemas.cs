using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Sitrep.Web.Tests;

/// <summary>
/// The schemas of the server's OpenAPI document (3.1, whose schemas are JSON Schema 2020-12), to validate the responses
/// the server really sends against what it says it sends.
/// </summary>
internal sealed class OpenApiSchemas(JsonElement document)
{
    public JsonElement Document { get; } = document;

    /// <summary>Every (path, method, status, content type) the document describes, for 2xx answers.</summary>
    public IEnumerable<(string Path, string Method, string Status, JsonElement Response)> Successes()
    {
        foreach (var path in Document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
                {
                    yield return (path.Name, operation.Name, response.Name, response.Value);
                }
            }
        }
    }

    /// <summary>Checks <paramref name="body"/> against the schema of <paramref name="path"/>'s <paramref name="method"/> answer <paramref name="status"/>; returns the errors, none when it is valid.</summary>
    public IReadOnlyList<string> Validate(string path, string method, int status, string contentType, JsonElement body)
    {
        var response = Document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses")
            .GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var schema = response.GetProperty("content").GetProperty(contentType).GetProperty("schema");
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = JsonNode.Parse(Document.GetProperty("components").GetProperty("schemas").GetRawText()),
        };
        foreach (var property in JsonNode.Parse(schema.GetRawText())!.AsObject().ToList())
        {
            root[property.Key] = property.Value?.DeepClone();
        }

        string text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var built = JsonSchema.FromText(text, options, new Uri($"https://sitrep.test/{Guid.NewGuid():N}"));
        var result = built.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid").ToList();
    }
}
