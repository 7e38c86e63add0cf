using System.Data.Common;

namespace Sitrep.Store.Relational;

/// <summary>
/// A command to run once. <see cref="Dispose"/> after it ran gives a cached command back to its connection's cache
/// (any other is disposed); <see cref="Discard"/> after it failed disposes it, so a command in an unknown state is
/// never used again.
/// </summary>
internal readonly struct CommandLease : IDisposable
{
    private readonly StatementCache? _cache;

    public CommandLease(DbCommand command, StatementCache? cache)
    {
        Command = command;
        _cache = cache;
    }

    public DbCommand Command { get; }

    public void Dispose()
    {
        if (_cache is null)
        {
            Command.Dispose();
        }
        else
        {
            _cache.Return(Command);
        }
    }

    public void Discard() => Command.Dispose();
}
