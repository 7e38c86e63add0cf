namespace Sitrep.Core.Provenance;

/// <summary>Whether a figure is independent or echoes an earlier report's figure, and why.</summary>
/// <param name="EchoOf">The <see cref="Figure.Id"/> of the earlier figure it echoes.</param>
/// <param name="Wire">For <see cref="EchoReason.SameWire"/>, the wire both credit.</param>
public sealed record FigureOrigin(string FigureId, FigureVerdict Verdict, string? EchoOf, EchoReason Reason, string? Wire = null)
{
    public bool IsEcho => Verdict == FigureVerdict.Echo;
}
