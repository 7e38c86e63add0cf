namespace Sitrep.Fuzz;

/// <summary>Every fuzz target, by name.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
        [new TextTarget(), new HtmlTarget(), new FeedTarget(), new JsonLinesTarget(), new ManifestTarget(), new PdfTarget()];

    public static IFuzzTarget Named(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"no fuzz target '{name}'; the targets are {string.Join(", ", All.Select(t => t.Name))}", nameof(name));
}
