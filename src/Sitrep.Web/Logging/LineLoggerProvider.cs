using Microsoft.Extensions.Logging;

namespace Sitrep.Web.Logging;

/// <summary>
/// Structured log lines on a writer (the CLI's stderr): every event is written at once, whole, under one lock,
/// so lines never interleave and none is lost when the process stops. Sitrep's own events from
/// <see cref="LogLevel.Information"/>, the framework's from <see cref="LogLevel.Warning"/>.
/// </summary>
public sealed class LineLoggerProvider(TextWriter writer, LogFormat format, TimeProvider? time = null) : ILoggerProvider
{
    private readonly Lock _sync = new();

    public ILogger CreateLogger(string categoryName) =>
        new LineLogger(this, categoryName, categoryName.StartsWith("Sitrep", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Warning);

    public void Dispose()
    {
        lock (_sync)
        {
            writer.Flush();
        }
    }

    internal void Write(string line)
    {
        lock (_sync)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    internal LogFormat Format => format;

    internal DateTimeOffset Now() => (time ?? TimeProvider.System).GetUtcNow();
}
