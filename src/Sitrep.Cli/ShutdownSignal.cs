using System.Runtime.InteropServices;

namespace Sitrep.Cli;

/// <summary>
/// Ctrl+C, SIGINT and SIGTERM as a cancellation: the first one cancels <see cref="Token"/> so the running command
/// finishes what it has in hand (the report being written, the requests being answered), commits and exits; a
/// second one ends the process at once, as the signal would. <see cref="ExitCode"/> says which signal came
/// (130 for SIGINT, 143 for SIGTERM, as a shell reports them).
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode;

    /// <summary>A signal that only <see cref="Trigger"/> fires (tests, and commands run in-process).</summary>
    public ShutdownSignal()
    {
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>The exit code of the signal that came (130 or 143), or null when none did.</summary>
    public int? ExitCode => Volatile.Read(ref _exitCode) is var code and > 0 ? code : null;

    /// <summary>Listens for SIGINT (Ctrl+C) and SIGTERM.</summary>
    public static ShutdownSignal Listen()
    {
        var signal = new ShutdownSignal();
        signal._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, signal.OnSignal));
        signal._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal.OnSignal));
        return signal;
    }

    /// <summary>Asks the running command to stop, as the signal with this exit code would.</summary>
    public void Trigger(int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) == 0)
        {
            _cancellation.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The first signal stops the command gracefully; a second is let through and ends the process.
        context.Cancel = ExitCode is null;
        Trigger(context.Signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated);
    }
}
