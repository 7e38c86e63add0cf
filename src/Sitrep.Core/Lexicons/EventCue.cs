namespace Sitrep.Core.Lexicons;

/// <summary>An event word's canonical event; a generic one ("disaster") yields to any specific one in the sentence.</summary>
public sealed record EventCue(string Name, bool Generic);
