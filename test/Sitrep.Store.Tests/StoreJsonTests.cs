using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Core;
using Sitrep.Core.Ledger;
using Sitrep.Ingest;
using Sitrep.Store.Relational;
using Sitrep.Store.Ingesting;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary>
/// The store's own JSON (a story checkpoint, a change's report list) is written from metadata generated at build time:
/// it must be what the reflection-based serializer wrote before, or stores written then would not read the same.
/// </summary>
public sealed class StoreJsonTests : IDisposable
{
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private readonly TempFolder _folder = new("sitrep-store-json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_checkpoint_of_the_demo_stories_is_written_and_read_as_the_reflection_serializer_did()
    {
        using var store = SqliteStore.Open(Path.Combine(_folder.Path, "sitrep.db"));
        var keeper = StoryKeeper.Open(store, new LedgerPipeline(), LedgerJson.StoryToString, Ct);
        var service = new IngestService(store, ExtractionPipeline.CreateDefault(), [keeper]);
        using (var source = new ReportSource())
        {
            foreach (var read in source.Read([], Path.Combine(SharedCorpus.RepoRoot, "demo", "manifest.jsonl"), Ct))
            {
                Assert.Null(service.Ingest(read.Article!, Ct).Failure);
            }
        }

        keeper.SaveCheckpoint(store);
        byte[] saved = store.GetStoryState(StoryKeeper.CheckpointKey)!.Payload;

        var checkpoint = JsonSerializer.Deserialize<StoryKeeper.Checkpoint>(saved, Reflection)!;
        Assert.NotEmpty(checkpoint.State.Stories);
        Assert.Contains(checkpoint.State.Stories, s => s.Places is { Count: > 0 });
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(checkpoint, Reflection), saved);
        var generated = JsonSerializer.Deserialize(saved, StoreJson.Default.Checkpoint)!;
        Assert.Equal(saved, JsonSerializer.SerializeToUtf8Bytes(generated, StoreJson.Default.Checkpoint));
    }

    [Fact]
    public void A_report_list_is_the_json_array_the_reflection_serializer_wrote()
    {
        IReadOnlyList<string> reports = ["wire-1", "valley \"2\"", "été-3"];

        string written = ChangeColumns.Write(reports);

        Assert.Equal(JsonSerializer.Serialize(reports, Reflection), written);
        Assert.Equal(reports, JsonSerializer.Deserialize<List<string>>(written, Reflection));
    }

    public void Dispose() => _folder.Dispose();
}
