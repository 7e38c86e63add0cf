namespace Sitrep.Core.Lexicons;

/// <summary>An event word's canonical event and family; a generic one ("disaster") yields to any specific one in the sentence.</summary>
/// <param name="Family">natural, accident, violence, any or generic.</param>
public sealed record EventCue(string Name, string Family)
{
    public bool Generic => Family == "generic";
}
