using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Sitrep.Store;

/// <summary>Turns a <c>postgres://</c> URL or an Npgsql connection string into a connection string and a location to show (never the password).</summary>
public static partial class PostgresTarget
{
    /// <summary>Seconds to wait for a connection unless the target says otherwise: an unreachable server fails fast.</summary>
    public const int DefaultConnectTimeout = 5;

    /// <summary>Whether <paramref name="target"/> names a PostgreSQL server: a <c>postgres://</c> URL or a connection string.</summary>
    public static bool IsPostgres(string? target) => IsUrl(target) || IsConnectionString(target);

    /// <summary>A <c>postgres://</c> or <c>postgresql://</c> URL.</summary>
    public static bool IsUrl(string? target) =>
        target is not null &&
        (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>Key=value;…</c> whose first key is a word (<c>Host=…</c>, <c>Server=…</c>, <c>Username=…</c>): never a
    /// SQLite file name, which would put the password in a file name and in messages. A file whose name has
    /// such a start is still reachable as <c>./name</c>.
    /// </summary>
    public static bool IsConnectionString(string? target) => target is not null && ConnectionStringStart().IsMatch(target);

    /// <exception cref="StoreException">The URL or connection string is malformed.</exception>
    public static (string ConnectionString, string Location) Parse(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var builder = new NpgsqlConnectionStringBuilder { Timeout = DefaultConnectTimeout };
        try
        {
            if (IsUrl(target))
            {
                FromUrl(target, builder);
            }
            else
            {
                builder.ConnectionString = target;
                if (!target.Contains("timeout", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Timeout = DefaultConnectTimeout;
                }

                if (string.IsNullOrWhiteSpace(builder.Host))
                {
                    throw new ArgumentException("it names no Host");
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException(
                $"cannot use the PostgreSQL target '{Redact(target)}': {e.Message.TrimEnd('.')}. Write it as postgres://user:password@host:port/database or Host=HOST;Port=PORT;Username=USER;Password=PASSWORD;Database=NAME (a SQLite file whose name starts like that: ./NAME)",
                e);
        }

        string user = string.IsNullOrEmpty(builder.Username) ? "" : builder.Username + "@";
        string location = string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}");
        return (builder.ConnectionString, location);
    }

    private static void FromUrl(string url, NpgsqlConnectionStringBuilder builder)
    {
        var uri = new Uri(url, UriKind.Absolute);
        builder.Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host.Trim('[', ']');
        builder.Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port;
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]).Replace('_', ' ');
            string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            builder[key] = key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) || key.Equals("ssl mode", StringComparison.OrdinalIgnoreCase)
                ? Capitalise(value)
                : value;
        }
    }

    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=")]
    private static partial Regex ConnectionStringStart();

    /// <summary>A <c>Password=…</c> (or <c>Pwd=…</c>) setting up to its semicolon, a quoted value whole.</summary>
    [GeneratedRegex(@"(?<key>\b(?:password|pwd))\s*=\s*(?:""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordSetting();

    private static string Capitalise(string value) =>
        value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();

    /// <summary>The target as given, with its password (URL user info or a connection string's <c>Password=</c>) replaced by <c>***</c>.</summary>
    public static string Redact(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!IsUrl(target))
        {
            return PasswordSetting().Replace(target, "${key}=***");
        }

        int at = target.IndexOf('@', StringComparison.Ordinal);
        int scheme = target.IndexOf("://", StringComparison.Ordinal) + 3;
        int colon = target.IndexOf(':', scheme);
        return at > 0 && colon > 0 && colon < at ? target[..(colon + 1)] + "***" + target[at..] : target;
    }
}
