using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Sitrep.Web.Logging;

/// <summary>One category's logger of a <see cref="LineLoggerProvider"/>.</summary>
internal sealed class LineLogger(LineLoggerProvider provider, string category, LogLevel minimum) : ILogger
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        string message = formatter(state, exception);
        string time = provider.Now().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        provider.Write(provider.Format == LogFormat.Json
            ? Json(time, logLevel, eventId, message, state as IReadOnlyList<KeyValuePair<string, object?>>, exception)
            : Text(time, logLevel, message, exception));
    }

    private string Text(string time, LogLevel level, string message, Exception? exception)
    {
        var line = new StringBuilder().Append(time).Append(' ').Append(Level(level)).Append(' ').Append(category).Append(": ").Append(message.ReplaceLineEndings(" "));
        if (exception is not null)
        {
            line.Append(" (").Append(exception.GetType().Name).Append(": ").Append(exception.Message.ReplaceLineEndings(" ")).Append(')');
        }

        return line.ToString();
    }

    private string Json(string time, LogLevel level, EventId eventId, string message, IReadOnlyList<KeyValuePair<string, object?>>? fields, Exception? exception)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("time", time);
            json.WriteString("level", Level(level));
            json.WriteString("category", category);
            if (eventId.Name is { } name)
            {
                json.WriteString("event", name);
            }

            json.WriteString("message", message);
            foreach (var (key, value) in fields ?? [])
            {
                if (key == "{OriginalFormat}")
                {
                    continue;
                }

                string field = JsonNamingPolicy.SnakeCaseLower.ConvertName(key);
                switch (value)
                {
                    case null:
                        json.WriteNull(field);
                        break;
                    case int or long or short or byte:
                        json.WriteNumber(field, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                        break;
                    case double d when double.IsFinite(d):
                        json.WriteNumber(field, Math.Round(d, 3));
                        break;
                    case bool b:
                        json.WriteBoolean(field, b);
                        break;
                    default:
                        json.WriteString(field, Convert.ToString(value, CultureInfo.InvariantCulture));
                        break;
                }
            }

            if (exception is not null)
            {
                json.WriteString("exception", $"{exception.GetType().Name}: {exception.Message}");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        _ => "crit",
    };
}
