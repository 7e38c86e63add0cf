namespace Sitrep.Store.Relational;

/// <summary>One step of the schema: the SQL that takes a store from <c>Version - 1</c> to <paramref name="Version"/>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
