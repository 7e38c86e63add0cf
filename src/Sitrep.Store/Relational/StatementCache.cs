using System.Data.Common;

namespace Sitrep.Store.Relational;

/// <summary>
/// The commands one long-lived connection has prepared, by SQL text, so a statement run for every report is
/// compiled once per store rather than once per use (in SQLite, preparing a statement costs more than running it).
/// A command taken is out of the cache until it is given back, so a statement used inside another use of itself
/// gets a command of its own.
/// </summary>
internal sealed class StatementCache : IDisposable
{
    /// <summary>More distinct statements than Sitrep's own SQL has; beyond it, commands are not kept.</summary>
    private const int Capacity = 256;

    private readonly Dictionary<string, DbCommand> _idle = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private bool _disposed;

    /// <summary>The cached command for <paramref name="text"/>, its parameters cleared, or null when none is idle.</summary>
    public DbCommand? Take(string text)
    {
        lock (_sync)
        {
            if (!_idle.Remove(text, out var command))
            {
                return null;
            }

            command.Parameters.Clear();
            return command;
        }
    }

    /// <summary>Keeps <paramref name="command"/> for its text's next use, or disposes it (the cache is full, closed, or holds one already).</summary>
    public void Return(DbCommand command)
    {
        lock (_sync)
        {
            if (!_disposed && _idle.Count < Capacity && _idle.TryAdd(command.CommandText, command))
            {
                return;
            }
        }

        command.Dispose();
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _disposed = true;
            foreach (var command in _idle.Values)
            {
                command.Dispose();
            }

            _idle.Clear();
        }
    }
}
