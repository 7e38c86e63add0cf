namespace Sitrep.Store.Relational;

/// <summary>A connection that keeps its prepared commands (<see cref="Sql"/> takes them from it and gives them back).</summary>
internal interface IStatementCacheHolder
{
    StatementCache Statements { get; }
}
