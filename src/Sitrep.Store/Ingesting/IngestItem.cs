using Sitrep.Core;

namespace Sitrep.Store.Ingesting;

/// <summary>One input of <see cref="IngestService.IngestAll"/>, in input order: a read failure, or the article read and what became of it.</summary>
public sealed record IngestItem(Article? Article, Diagnostic? ReadFailure, IngestResult? Result);
