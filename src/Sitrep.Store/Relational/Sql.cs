using System.Data.Common;

namespace Sitrep.Store.Relational;

/// <summary>Small helpers over ADO.NET that both dialects share. Parameters are named <c>@name</c> in both.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// A command for <paramref name="text"/>: the one <paramref name="connection"/> prepared before when it keeps
    /// its commands (<see cref="IStatementCacheHolder"/>), else a new one. Give it back by disposing the lease.
    /// </summary>
    public static CommandLease Lease(DbConnection connection, DbTransaction? transaction, string text,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var cache = (connection as IStatementCacheHolder)?.Statements;
        var command = cache?.Take(text);
        if (command is null)
        {
            return new CommandLease(Command(connection, transaction, text, parameters), cache);
        }

        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return new CommandLease(command, cache);
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string text,
        params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Run(Lease(connection, transaction, text, parameters), command => command.ExecuteNonQuery());

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string text,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        object? value = Run(Lease(connection, transaction, text, parameters), command => command.ExecuteScalar());
        return value is DBNull ? null : value;
    }

    public static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, string text, Func<DbDataReader, T> map,
        params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Run(Lease(connection, transaction, text, parameters), command => Read(command, map));

    /// <summary>Runs the leased command, giving it back when it ran and discarding it when it failed.</summary>
    public static T Run<T>(CommandLease lease, Func<DbCommand, T> work)
    {
        T result;
        try
        {
            result = work(lease.Command);
        }
        catch
        {
            lease.Discard();
            throw;
        }

        lease.Dispose();
        return result;
    }

    public static List<T> Read<T>(DbCommand command, Func<DbDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Adds <c>@{prefix}0, @{prefix}1 …</c> for <paramref name="values"/> and returns them as a comma-separated list for <c>IN (…)</c>.</summary>
    public static string InList<T>(DbCommand command, string prefix, IReadOnlyList<T> values)
    {
        var names = new string[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            names[i] = "@" + prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(command, names[i], values[i]);
        }

        return string.Join(", ", names);
    }

    /// <summary>A LIKE pattern that matches <paramref name="text"/> anywhere, with <c>\</c> escaping <c>%</c>, <c>_</c> and itself (use <c>ESCAPE '\'</c>).</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public static string? String(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Long(ordinal);

    public static double? NullableDouble(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
