namespace Sitrep.Fuzz;

/// <summary>An input that made a target throw (<c>crash</c>) or run past the time limit (<c>hang</c>).</summary>
/// <param name="SavedTo">Where the input was written, when a findings folder was given.</param>
public sealed record FuzzFinding(string Target, string Kind, string Message, byte[] Input, string? SavedTo)
{
    public override string ToString() =>
        $"{Target} {Kind}: {Message} ({Input.Length} bytes{(SavedTo is null ? "" : ", saved to " + SavedTo)})";
}
