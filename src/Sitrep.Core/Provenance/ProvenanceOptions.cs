namespace Sitrep.Core.Provenance;

/// <summary>The thresholds of <see cref="ProvenanceAnalyzer"/>.</summary>
public sealed record ProvenanceOptions
{
    public static ProvenanceOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = 4;

    /// <summary>A sentence echoes an earlier one when this share of its shingles is in it.</summary>
    public double SentenceEchoShare { get; init; } = 0.5;

    /// <summary>A paragraph echoes an earlier article when this share of its words sits in sentences echoing it.</summary>
    public double ParagraphEchoShare { get; init; } = 0.5;

    public double VerbatimJaccard { get; init; } = 0.9;

    public double EditedJaccard { get; init; } = 0.5;

    /// <summary>An article this share of whose shingles is in an earlier one is an abridged copy of it (<see cref="CopyKind.LightlyEdited"/>).</summary>
    public double AbridgedShare { get; init; } = 0.8;

    /// <summary>Fewest echoing paragraphs for <see cref="CopyKind.SharedParagraphs"/>.</summary>
    public int SharedParagraphsMinimum { get; init; } = 2;

    /// <summary>And at least this share of the article's paragraphs.</summary>
    public double SharedParagraphsShare { get; init; } = 0.15;

    /// <summary>A reworded copy shares this share of name-and-figure trigrams (of the shorter sequence) …</summary>
    public double RewordedAnchorShare { get; init; } = 0.5;

    /// <summary>… and at least this many of them.</summary>
    public int RewordedAnchorMinimum { get; init; } = 5;

    /// <summary>A sentence of a reworded copy echoes the earlier sentence with which it shares this share of its names and figures (at least two).</summary>
    public double RewordedSentenceShare { get; init; } = 0.6;

    /// <summary>Characters read from one article.</summary>
    public int MaxCharsPerArticle { get; init; } = 200_000;

    /// <summary>Earlier articles remembered per shingle: the first ones are the originals, so a story of thousands of copies stays linear.</summary>
    public int HoldersPerShingle { get; init; } = 8;
}
