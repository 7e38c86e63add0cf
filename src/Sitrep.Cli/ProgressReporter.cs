using System.Globalization;

namespace Sitrep.Cli;

/// <summary>
/// Progress on stderr for long runs: silent for the first second, then a line at most every second
/// on a terminal (redrawn in place) or every ten seconds when stderr is a file.
/// </summary>
public sealed class ProgressReporter
{
    private readonly CliContext _context;
    private readonly string _verb;
    private readonly long _started;
    private long _lastReport;
    private bool _drewLine;

    public ProgressReporter(CliContext context, string verb)
    {
        _context = context;
        _verb = verb;
        _started = context.Time.GetTimestamp();
        _lastReport = _started;
    }

    public TimeSpan Elapsed => _context.Time.GetElapsedTime(_started);

    public void Report(int done, long bytes)
    {
        var sinceLast = _context.Time.GetElapsedTime(_lastReport);
        var every = _context.ErrorIsTerminal ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10);
        if (sinceLast < every)
        {
            return;
        }

        _lastReport = _context.Time.GetTimestamp();
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{_verb} {done:N0} reports ({bytes / 1048576.0:0.0} MB, {done / seconds:0} reports/s)");
        if (_context.ErrorIsTerminal)
        {
            _context.Error.Write("\r" + line + "   ");
            _drewLine = true;
        }
        else
        {
            _context.Error.WriteLine(line);
        }
    }

    /// <summary>Ends the in-place line, if one was drawn, so the summary starts on a fresh line.</summary>
    public void Finish()
    {
        if (_drewLine)
        {
            _context.Error.Write("\r" + new string(' ', 72) + "\r");
            _drewLine = false;
        }
    }
}
