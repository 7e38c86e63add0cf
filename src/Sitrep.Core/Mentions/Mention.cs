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

    /// <summary>The multiplier of the scale words written with the number ("4.5 million": 1e6); 1 when none.</summary>
    public double Scale { get; init; } = 1;

    public bool IsRange => Low is not null && High is not null;

    /// <summary>A number that can be a figure; a <see cref="MentionKind.Person"/> is read by its own rule, not as a number.</summary>
    public bool CanBeFigure => Kind is MentionKind.Count or MentionKind.Money or MentionKind.Share or MentionKind.Weight;

    /// <summary>Whether <c>extract --all</c> lists it: a quantity (an amount with or without a unit), not a year, date, clock time, ordinal, name, address, phone number, code or person.</summary>
    public bool IsQuantity => IsQuantityKind(Kind);

    /// <summary>Whether numbers of this kind are quantities: counts, money, shares, weights, durations, distances, measurements, ages.</summary>
    public static bool IsQuantityKind(MentionKind kind) => kind is not (MentionKind.Year or MentionKind.Date or MentionKind.Clock
        or MentionKind.Ordinal or MentionKind.Name or MentionKind.Address or MentionKind.Phone or MentionKind.Person or MentionKind.Other);

    /// <summary>A mention of tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="v"/>.</summary>
    public static Mention Of(Text.TokenView v, int first, int end, double value, MentionKind kind, bool spelled = false, double scale = 1) => new()
    {
        Span = TextSpan.FromBounds(v[first].Start, v[end - 1].End),
        FirstToken = first,
        EndToken = end,
        Value = value,
        Kind = kind,
        Spelled = spelled,
        Scale = scale,
    };
}
