namespace Sitrep.Web.Contracts;

/// <summary>A figure of a series: what was said, by whom, for when, where in its report, and whether it is independent evidence. <c>high</c> is null for "at least".</summary>
public sealed record LedgerPoint(
    string Id,
    string Doc,
    double Value,
    string Qualifier,
    double? Low,
    double? High,
    string? AsOf,
    bool AsOfDefaulted,
    string? Published,
    string? Source,
    string? SourceText,
    string? Outlet,
    string Quote,
    string Text,
    int Start,
    int End,
    int SentenceStart,
    int SentenceEnd,
    bool Independent,
    string? EchoOf,
    IReadOnlyList<string> FigureFlags);
