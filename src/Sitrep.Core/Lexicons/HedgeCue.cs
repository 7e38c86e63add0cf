namespace Sitrep.Core.Lexicons;

/// <summary>A hedge phrase and whether it follows the number ("or more") or precedes it ("at least").</summary>
public sealed record HedgeCue(Qualifier Qualifier, bool After);
