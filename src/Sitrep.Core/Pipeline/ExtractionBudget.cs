namespace Sitrep.Core;

/// <summary>
/// The work one report may cost, so that no input stalls extraction: hostile or broken text ("5 of 5 of 5 of …" over a
/// megabyte, a table flattened into one line) is read in bounded pieces, and a report that still runs too long is cut
/// short with a diagnostic instead of holding up every report after it.
/// </summary>
public sealed record ExtractionBudget
{
    public static ExtractionBudget Default { get; } = new();

    /// <summary>
    /// The most tokens read as one sentence (default 300; news sentences rarely pass 80). A longer stretch without a
    /// sentence end is read in windows of at most this many tokens, cut at a comma or semicolon where there is one,
    /// with a <c>long-sentence</c> diagnostic.
    /// </summary>
    public int MaxSentenceTokens { get; init; } = 300;

    /// <summary>
    /// The most numbers (digit tokens) one sentence or window may hold to be read for figures (default 64; prose seldom
    /// holds ten). A denser one is a table or a list flattened into text, or hostile input ("5 of 5 of 5 of …"): it is
    /// not read for figures, with a <c>dense-numbers</c> diagnostic.
    /// </summary>
    public int MaxNumbersPerSentence { get; init; } = 64;

    /// <summary>
    /// The time one report may take (default 20 s; a 5 KB report takes under a millisecond), looked at every 16
    /// sentences. When it is spent, the rest of the report is not read and an error diagnostic <c>budget-exceeded</c>
    /// says where reading stopped.
    /// </summary>
    public TimeSpan MaxReportTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The clock the time budget is measured on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
