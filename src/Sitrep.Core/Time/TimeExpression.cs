namespace Sitrep.Core.Time;

/// <summary>A time expression in a sentence, resolved against the publication time.</summary>
/// <param name="Offset">For <see cref="TimeAnchor.Relative"/>: how far before (negative) or after the reference.</param>
/// <param name="NamesDay">For a clock time: the expression names its day too ("8 p.m. on Tuesday"), so no other time moves it.</param>
public sealed record TimeExpression(int FirstToken, int EndToken, TimePoint Point, TimeAnchor Anchor, TimeSpan Offset = default, bool NamesDay = false)
{
    public bool IsBefore(int token) => EndToken <= token;
}
