namespace Sitrep.Core.Mentions;

/// <summary>What a number in the text is. Only counts, money, shares, weights and single persons can become figures.</summary>
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
    /// <summary>Any other number that is not a figure (a score, a code).</summary>
    Other,
    /// <summary>A number that is part of a name: "Route 9", "Covid-19", "typhoon Nock-Ten", "Stoxx 50".</summary>
    Name,
    /// <summary>A street number or block: "126 Social Island Road", "the 3000 block of".</summary>
    Address,
    /// <summary>A phone number ("+44 20 7946 0000", "call 911").</summary>
    Phone,
    /// <summary>One person told without a numeral: "a man", "the victim", "his brother"; value 1, a figure only when a casualty predicate governs it.</summary>
    Person,
}
