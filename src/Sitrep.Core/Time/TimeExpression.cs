namespace Sitrep.Core.Time;

/// <summary>A time expression in a sentence, resolved against the publication time.</summary>
/// <param name="Offset">For <see cref="TimeAnchor.Relative"/>: how far before (negative) or after the reference.</param>
public sealed record TimeExpression(int FirstToken, int EndToken, TimePoint Point, TimeAnchor Anchor, TimeSpan Offset = default)
{
    public bool IsBefore(int token) => EndToken <= token;
}
