using Xunit;

namespace Sitrep.Testing;

/// <summary>
/// Finds the real third-party corpora in <c>../shared</c> beside the repository. They are not ours,
/// so they never live in this repository. When they are absent a test skips with a message; on CI
/// (environment variable <c>CI=true</c>) it fails instead, so a missing corpus can never pass silently.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string?> SharedRoot = new(Locate);

    /// <summary>The repository root (the folder holding <c>Sitrep.slnx</c>).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="relative"/> under <c>../shared</c>; skips (or fails on CI) when it is missing.</summary>
    public static string Require(string relative)
    {
        string? root = SharedRoot.Value;
        string? path = root is null ? null : Path.Combine(root, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }

        string message = $"The shared corpus '{relative}' is not beside the repository (looked in {root ?? Path.Combine(RepoRoot, "..", "shared")}).";
        if (OnCi)
        {
            Assert.Fail(message + " CI=true, so this fails instead of skipping.");
        }

        Assert.Skip(message + " Skipping; put ../shared beside the repository to run it.");
        return ""; // not reached
    }

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Sitrep.slnx above {AppContext.BaseDirectory}.");
    }
}
