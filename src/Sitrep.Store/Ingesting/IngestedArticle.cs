using Sitrep.Core;
using Sitrep.Store;

namespace Sitrep.Store.Ingesting;

/// <summary>A report just saved in the current transaction: what the store decided, the article under its store id, and its figures.</summary>
public sealed record IngestedArticle(ArticlePlan Plan, Article Article, ExtractionResult Extraction, ArticleVersion Version);
