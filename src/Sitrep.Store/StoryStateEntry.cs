namespace Sitrep.Store;

/// <summary>
/// The story clusterer's persisted state under one key (normally a story id): opaque bytes the clusterer
/// exported (UTF-8 JSON is fine), returned exactly as saved.
/// </summary>
public sealed record StoryStateEntry(string Key, byte[] Payload, DateTimeOffset UpdatedAt);
