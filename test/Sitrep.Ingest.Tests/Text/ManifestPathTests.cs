using Sitrep.Testing;
using Xunit;

namespace Sitrep.Ingest.Tests.Text;

/// <summary>A manifest names files inside its own folder; anything else is refused with a clear reason unless the user allows it.</summary>
public sealed class ManifestPathTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-manifest");

    private string Outside => _folder.File("private/secret.txt", "The password is swordfish and 3 people know it.");

    private string Manifest(string file) =>
        _folder.File("corpus/manifest.jsonl",
            "{\"id\": \"inside\", \"file\": \"reports/a.txt\"}\n" + System.Text.Json.JsonSerializer.Serialize(new { id = "other", file }) + "\n");

    [Theory]
    [InlineData("../private/secret.txt")]
    [InlineData("reports/../../private/secret.txt")]
    [InlineData("ABSOLUTE")]
    [InlineData("LINK")]
    public void A_file_outside_the_manifests_folder_is_refused_and_the_others_are_read(string file)
    {
        _folder.File("corpus/reports/a.txt", "At least 12 people died in the floods.");
        string outside = Outside;
        if (file == "LINK")
        {
            File.CreateSymbolicLink(Path.Combine(_folder.Path, "corpus", "reports", "link.txt"), outside);
            file = "reports/link.txt";
        }

        string manifest = Manifest(file == "ABSOLUTE" ? outside : file);
        using var source = new ReportSource();

        var outcomes = source.Read([], manifest, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(2, outcomes.Count);
        Assert.Equal("inside", outcomes[0].Article!.Id);
        var refused = outcomes[1].Failure!;
        Assert.Equal(("outside-manifest", $"{manifest} (id other)"), (refused.Code, refused.Input));
        Assert.StartsWith("names a file outside the manifest's folder: ", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("give --allow-outside-manifest to read it anyway", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_outside_is_read_when_the_user_allows_it()
    {
        _folder.File("corpus/reports/a.txt", "At least 12 people died in the floods.");
        Assert.True(File.Exists(Outside));
        string manifest = Manifest("../private/secret.txt");
        using var source = new ReportSource(new ReportSourceOptions { AllowOutsideManifest = true });

        var outcomes = source.Read([], manifest, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(["inside", "other"], outcomes.Select(o => o.Article!.Id));
    }

    [Fact]
    public void A_manifest_reached_through_a_link_still_reads_its_own_files()
    {
        _folder.File("corpus/reports/a.txt", "At least 12 people died in the floods.");
        string manifest = Manifest("reports/a.txt");
        string linked = Path.Combine(_folder.Path, "linked");
        Directory.CreateSymbolicLink(linked, Path.Combine(_folder.Path, "corpus"));
        using var source = new ReportSource();

        var outcomes = source.Read([], Path.Combine(linked, "manifest.jsonl"), TestContext.Current.CancellationToken).ToList();

        Assert.All(outcomes, o => Assert.Null(o.Failure));
        Assert.Equal(2, outcomes.Count);
        Assert.NotEmpty(manifest);
    }

    public void Dispose() => _folder.Dispose();
}
