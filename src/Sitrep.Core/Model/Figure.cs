namespace Sitrep.Core;

/// <summary>
/// One humanitarian figure read from a report: its value, what it counts, its hedge, who said it,
/// the time it holds for, and the sentence it came from.
/// </summary>
public sealed record Figure
{
    /// <summary>The article id.</summary>
    public required string Doc { get; init; }

    /// <summary>Unique within a corpus: <c>{doc}:{start}</c>.</summary>
    public string Id => $"{Doc}:{Span.Start}";

    public required double Value { get; init; }

    /// <summary>Bounds of a range ("between 10 and 15"); <c>null</c> otherwise.</summary>
    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary><c>people</c>, <c>households</c>, <c>houses</c>, <c>tonnes</c>, <c>percent</c> or an ISO 4217 code.</summary>
    public required string Unit { get; init; }

    public required Measure Measure { get; init; }

    public Qualifier Qualifier { get; init; }

    /// <summary>The canonical source ("Armenian government"), after the alias table.</summary>
    public string? Source { get; init; }

    /// <summary>The source as the report names it ("the government in Yerevan").</summary>
    public string? SourceText { get; init; }

    public TimePoint? AsOf { get; init; }

    /// <summary>Who or what is counted, when the report says more than "people" ("Azerbaijani soldiers").</summary>
    public string? Subject { get; init; }

    /// <summary>The event the figure belongs to, as a canonical event word ("explosion", "offensive").</summary>
    public string? Event { get; init; }

    /// <summary>
    /// A finer kind within the measure, from its measure word: for displacement "crossing" (crossed a
    /// border, arrived as refugees) or "internal" (evacuated, sheltered, homeless); null when unsaid.
    /// </summary>
    public string? Aspect { get; init; }

    /// <summary>The number as written, in the original text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The evidence sentence.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>The evidence sentence's text.</summary>
    public required string Text { get; init; }

    /// <summary>The number as written ("two dozen", "$11.5-million").</summary>
    public required string Quote { get; init; }

    public FigureFlags Flags { get; init; }

    /// <summary>
    /// What kind of number it is: a count, money, a share, a weight, a duration, a year … or one person told without a
    /// numeral ("a man", value 1). <c>extract --all</c> lists quantities, each with its kind.
    /// </summary>
    public Mentions.MentionKind Kind { get; init; }

    /// <summary>For a currency conversion in brackets, the <see cref="Id"/> of the figure it converts.</summary>
    public string? ConversionOf { get; init; }

    /// <summary>Where the figure holds: the place its sentence ties it to, else its paragraph's, else the report's main place; null when the report names none.</summary>
    public Places.FigurePlace? Place { get; init; }

    public bool Has(FigureFlags flag) => (Flags & flag) == flag;
}
