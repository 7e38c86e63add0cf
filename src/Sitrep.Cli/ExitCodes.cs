namespace Sitrep.Cli;

/// <summary>Process exit codes. Scripts can tell "ran, but some inputs failed" from "could not run".</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but at least one input could not be read; each has a line on stderr.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong, or nothing could be done (no inputs, an unusable store).</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C or SIGINT after finishing the work in hand (128 + 2, as a shell reports it).</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM after finishing the work in hand (128 + 15).</summary>
    public const int Terminated = 143;
}
