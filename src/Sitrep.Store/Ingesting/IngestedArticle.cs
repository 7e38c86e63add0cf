using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>A report just saved in the current transaction: what the store decided, the article under its store id, and its figures.</summary>
/// <param name="Ahead">What the step being applied made of the report ahead (<see cref="IIngestStep.ReadAhead"/>); null when it made nothing or the report was not read ahead.</param>
public sealed record IngestedArticle(ArticlePlan Plan, Article Article, ExtractionResult Extraction, ArticleVersion Version, object? Ahead = null);
