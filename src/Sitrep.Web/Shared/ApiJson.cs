using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;
using Sitrep.Store;
using Sitrep.Web.Stories;

namespace Sitrep.Web.Shared;

/// <summary>
/// The API's JSON, written with the same writers as the CLI's (<see cref="FigureJson"/>, <see cref="LedgerJson"/>),
/// so a figure or a ledger has one shape wherever it is read.
/// </summary>
public static class ApiJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Result(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK, string? location = null)
    {
        string json = Write(write);
        return location is null
            ? Results.Content(json, "application/json", Encoding.UTF8, statusCode)
            : new LocatedJson(json, statusCode, location);
    }

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void StorySummary(Utf8JsonWriter writer, StorySummary story, IReadOnlyList<Headline> headlines)
    {
        writer.WriteStartObject();
        writer.WriteString("id", story.Id);
        writer.WriteString("title", story.Title);
        writer.WriteString("first", story.FirstPublished?.ToIso());
        writer.WriteString("last", story.LastPublished?.ToIso());
        writer.WriteNumber("reports", story.ArticleCount);
        writer.WriteStartArray("outlets");
        foreach (string outlet in story.Outlets)
        {
            writer.WriteStringValue(outlet);
        }

        writer.WriteEndArray();
        writer.WriteString("updated", story.UpdatedAt);
        writer.WriteStartArray("headline");
        foreach (var headline in headlines)
        {
            writer.WriteStartObject();
            writer.WriteString("series", headline.Series);
            writer.WriteString("label", headline.Label);
            writer.WriteString("measure", headline.Measure);
            Number(writer, "best", headline.Best);
            Number(writer, "low", headline.Low);
            Number(writer, "high", headline.High);
            writer.WriteString("qualifier", headline.Qualifier);
            writer.WriteString("as_of", headline.AsOf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A stored report: its metadata, story, copies and figures (each a CLI figure record).</summary>
    public static void Report(Utf8JsonWriter writer, StoredArticle stored, bool withText)
    {
        var article = stored.Article;
        var offsets = new CodePointOffsets(article.Text);
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("url", article.Url);
        writer.WriteString("published", article.Published?.ToIso());
        writer.WriteString("language", article.Language);
        writer.WriteNumber("version", stored.Version.Number);
        writer.WriteString("story", stored.StoryId);
        writer.WriteStartArray("copies");
        foreach (var copy in stored.AlsoSeenAt)
        {
            writer.WriteStartObject();
            writer.WriteString("source", copy.Source);
            writer.WriteString("outlet", copy.Outlet);
            writer.WriteString("reported_id", copy.ReportedId);
            writer.WriteString("first_seen", copy.FirstSeenAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (withText)
        {
            writer.WriteString("text", article.Text);
        }

        writer.WriteStartArray("figures");
        foreach (var figure in stored.Figures)
        {
            FigureJson.Write(writer, figure, offsets);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            LedgerJson.WriteNumber(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>JSON with a Location header (201 Created).</summary>
    private sealed class LocatedJson(string json, int statusCode, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return Results.Content(json, "application/json", Encoding.UTF8, statusCode).ExecuteAsync(httpContext);
        }
    }
}
