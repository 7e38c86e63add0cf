using System.Text.Json.Serialization;
using Sitrep.Store.Ingesting;

namespace Sitrep.Store;

/// <summary>
/// The JSON the store writes into its own columns (a story checkpoint, a change's report list), with its metadata
/// generated at build time: the published sitrep is native code and cannot inspect types at run time. The options are
/// the defaults, so what it writes is what the reflection-based serializer wrote before, and stores written then read
/// the same (<c>StoreJsonTests</c>).
/// </summary>
[JsonSerializable(typeof(StoryKeeper.Checkpoint))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJson : JsonSerializerContext;
