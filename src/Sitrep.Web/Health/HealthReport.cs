using System.Text.Json.Serialization;

namespace Sitrep.Web.Health;

/// <summary>What <c>/healthz</c> answers when the server and its store are up.</summary>
/// <param name="Status">"ok".</param>
/// <param name="Schema">The store's schema version.</param>
/// <param name="UptimeSeconds">Seconds since the server started.</param>
/// <param name="StoryLog">The last story assignment the server has taken in (reports other processes add show up here).</param>
/// <param name="Watched">Sources on the store's watch list.</param>
/// <param name="Failing">Watched sources whose last fetch failed.</param>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("schema")] int Schema,
    [property: JsonPropertyName("uptime_seconds")] long UptimeSeconds,
    [property: JsonPropertyName("story_log")] long StoryLog,
    [property: JsonPropertyName("watched")] int Watched,
    [property: JsonPropertyName("failing")] int Failing);
