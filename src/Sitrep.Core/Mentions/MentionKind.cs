namespace Sitrep.Core.Mentions;

/// <summary>What a number in the text is. Only counts, money, shares and weights can become figures.</summary>
public enum MentionKind
{
    Count,
    Money,
    /// <summary>A share of a whole: "12%", "nearly half", "a quarter".</summary>
    Share,
    /// <summary>A weight in tonnes ("70 tonnes of food").</summary>
    Weight,
    Year,
    Date,
    Clock,
    Duration,
    Distance,
    Measurement,
    Age,
    Ordinal,
    /// <summary>Any other number that is not a figure (a phone number, a route, a score).</summary>
    Other,
}
