namespace Sitrep.Ingest.Text;

/// <summary>
/// Where a manifest's <c>file</c> may point. A manifest is data, often from someone else, and a report it
/// names is read, stored and served to anyone who can reach <c>sitrep serve</c>: so a file must lie inside the
/// manifest's folder (after <c>..</c> and symbolic links are resolved) unless the user allows otherwise.
/// </summary>
public static class ManifestPaths
{
    private const int MaxLinks = 40;

    /// <summary>The full path of <paramref name="file"/> under <paramref name="folder"/>, or why it may not be read.</summary>
    /// <param name="anywhere">The user allows files outside the folder (<c>--allow-outside-manifest</c>).</param>
    public static (string? Path, string? Problem) Resolve(string folder, string file, bool anywhere)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, $"names a file that is not a usable path ({e.Message.TrimEnd('.')}): {file}");
        }

        if (anywhere)
        {
            return (full, null);
        }

        string root = WithSeparator(RealPath(System.IO.Path.GetFullPath(folder)));
        string real = RealPath(full);
        return real.StartsWith(root, StringComparison.Ordinal)
            ? (full, null)
            : (null, $"names a file outside the manifest's folder: {file}. Move the file beside the manifest, or give --allow-outside-manifest to read it anyway");
    }

    private static string WithSeparator(string path) =>
        path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? path : path + System.IO.Path.DirectorySeparatorChar;

    /// <summary>The path with every symbolic link along it resolved (components that do not exist are kept as written).</summary>
    internal static string RealPath(string fullPath)
    {
        string root = System.IO.Path.GetPathRoot(fullPath) ?? "";
        string current = root;
        int links = 0;
        var pending = new Stack<string>(fullPath[root.Length..]
            .Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        while (pending.TryPop(out string? part))
        {
            string next = System.IO.Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && ++links <= MaxLinks)
            {
                string resolved = System.IO.Path.GetFullPath(target, current);
                string resolvedRoot = System.IO.Path.GetPathRoot(resolved) ?? "";
                foreach (string piece in resolved[resolvedRoot.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(piece);
                }

                current = resolvedRoot;
                continue;
            }

            current = part == ".." ? System.IO.Path.GetDirectoryName(current) ?? root : next;
        }

        return current;
    }
}
