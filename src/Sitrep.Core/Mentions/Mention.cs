namespace Sitrep.Core.Mentions;

/// <summary>
/// A number as written in the text, with its value and what kind of number it is.
/// Tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) are the whole expression ("$11.5-million", "5 million euros", "two dozen").
/// </summary>
public sealed record Mention
{
    public required TextSpan Span { get; init; }

    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    public required double Value { get; init; }

    public required MentionKind Kind { get; init; }

    /// <summary>Bounds of a range ("between 10 and 15", "10-15").</summary>
    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>ISO 4217 code for money.</summary>
    public string? Currency { get; init; }

    /// <summary>"dozens", "thousands", "tens of thousands": the value is the least the word implies.</summary>
    public bool Vague { get; init; }

    /// <summary>A word number ("seven", "a million") rather than digits.</summary>
    public bool Spelled { get; init; }

    /// <summary>Followed by "of" as in "thousands of Armenians", "half of the population": the counted noun comes after "of".</summary>
    public bool TakesOf { get; init; }

    /// <summary>For a bracketed conversion ("5 million euros ($5.28 million)"), the index of the mention it converts.</summary>
    public int? ConversionOf { get; init; }

    /// <summary>A hedge read while parsing the number itself ("tens of thousands" is more than 10,000).</summary>
    public Qualifier ImpliedQualifier { get; init; }

    public bool IsRange => Low is not null && High is not null;

    public bool CanBeFigure => Kind is MentionKind.Count or MentionKind.Money or MentionKind.Share or MentionKind.Weight;
}
