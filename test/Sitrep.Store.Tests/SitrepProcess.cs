using System.Diagnostics;

namespace Sitrep.Store.Tests;

/// <summary>The built <c>sitrep</c> CLI run as a child process, as a user runs it (stderr and stdout redirected, no <c>SITREP_DB</c>).</summary>
internal static class SitrepProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SITREP_DB");
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the sitrep CLI");
    }
}
