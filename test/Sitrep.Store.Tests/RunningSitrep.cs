using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Store.Tests;

/// <summary>
/// The built <c>sitrep</c> CLI running as a child process (<see cref="SitrepProcess"/>), its stderr collected line by
/// line as it comes, and signals sent to it as a terminal or a service manager would.
/// </summary>
internal sealed class RunningSitrep : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task _reading;

    public RunningSitrep(string workingDirectory, params string[] args)
    {
        _process = SitrepProcess.Start(workingDirectory, args);
        _reading = Task.Run(async () =>
        {
            while (await _process.StandardError.ReadLineAsync() is { } line)
            {
                _lines.Enqueue(line);
            }
        });
        _ = _process.StandardOutput.ReadToEndAsync();
    }

    /// <summary>What the process wrote on stderr so far.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until a line matches (or fails the test with what was written).</summary>
    public async Task<string> WaitForLine(Func<string, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited && _reading.IsCompleted)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"no such line after {stopwatch.Elapsed.TotalSeconds:0.0} s; the process wrote:\n{string.Join('\n', Lines)}");
    }

    /// <summary>Sends a POSIX signal to the process (with kill(1), as a user would).</summary>
    public void Signal(int signal)
    {
        using var kill = Process.Start("kill", [string.Create(CultureInfo.InvariantCulture, $"-{signal}"), _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed with exit code {kill.ExitCode}");
        }
    }

    /// <summary>Waits for the process to end; false when it had not ended within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExit(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
