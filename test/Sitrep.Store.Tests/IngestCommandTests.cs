using Sitrep.Cli;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Store.Tests;

/// <summary><c>sitrep ingest</c> run in-process with string writers.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("sitrep-ingest-cli");

    private string Db => Path.Combine(_folder.Path, "store.db");

    private (int Exit, string Error) Run(Dictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var strings = CliContext.ForStrings(output, error);
        var context = new CliContext
        {
            Out = strings.Out,
            Error = strings.Error,
            Console = strings.Console,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
        };
        int exit = SitrepCli.RunAsync(args, context, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return (exit, error.ToString());
    }

    [Fact]
    public void Ingest_reports_new_unchanged_and_new_versions_in_its_summary()
    {
        string reports = Path.Combine(_folder.Path, "reports");
        _folder.File("reports/a.txt", "At least 20 people were killed.");
        _folder.File("reports/b.txt", "Nearly 300 people were injured.");

        var first = Run(null, "ingest", reports, "--db", Db);
        _folder.File("reports/b.txt", "Nearly 300 people were injured, 290 of them hospitalized.");
        _folder.File("reports/c.md", "At least 20 people were killed.");
        var second = Run(null, "ingest", reports, "--db", Db);

        Assert.Equal(0, first.Exit);
        Assert.Contains("sitrep ingest: 2 new, 0 unchanged, 0 new versions, 0 failed (2 reports in ", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("sitrep ingest: 0 new, 2 unchanged, 1 new versions, 0 failed (3 reports in ", second.Error, StringComparison.Ordinal);
        using var store = SqliteStore.Open(Db);
        // a: 20 killed; b's new version: 300 injured and 290 of them hospitalised (c is a copy of a).
        // a and b share no words that make a story, so each opens one.
        Assert.Equal(new StoreCounts(2, 3, 3, 2, 1), store.Count());
    }

    [Fact]
    public void Each_failed_input_gets_one_line_and_exit_code_one()
    {
        _folder.File("ok.txt", "Five people are missing.");
        _folder.File("binary.txt", [0, 1, 2, 3]);

        var (exit, error) = Run(null, "ingest", Path.Combine(_folder.Path, "ok.txt"), Path.Combine(_folder.Path, "binary.txt"),
            Path.Combine(_folder.Path, "absent.txt"), "--db", Db);

        Assert.Equal(ExitCodes.SomeInputsFailed, exit);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.EndsWith("binary.txt: binary file (it holds NUL bytes), not a text report", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("absent.txt: no such file or folder", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("sitrep ingest: 1 new, 0 unchanged, 0 new versions, 2 failed", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("sitrep ingest: 1 story ledger(s) updated", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_comes_from_SITREP_DB_when_no_db_option_is_given()
    {
        string report = _folder.File("r.txt", "Ten houses were destroyed.");

        var (exit, error) = Run(new() { ["SITREP_DB"] = Db }, "ingest", report);

        Assert.Equal(0, exit);
        Assert.Contains($"into {Db}\n", error, StringComparison.Ordinal);
        using var store = SqliteStore.Open(Db);
        Assert.Equal(1, store.Count().Articles);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_stops_before_reading_with_exit_code_two()
    {
        string notADatabase = _folder.File("notes.txt", "just some notes, not a database at all, long enough to be a header: " + new string('n', 200));
        string report = _folder.File("r.txt", "Ten houses were destroyed.");

        var (exit, error) = Run(null, "ingest", report, "--db", notADatabase);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"sitrep ingest: cannot open {notADatabase}: file is not a database (SQLite error 26). Name a Sitrep store, or a new file to create one (--db PATH)", error.Trim());
    }

    [Fact]
    public void A_connection_string_opens_postgresql_and_its_password_is_never_printed()
    {
        using var schema = new PostgresSchema();
        var target = new Npgsql.NpgsqlConnectionStringBuilder(schema.ConnectionString);
        string report = _folder.File("r.txt", "Ten houses were destroyed by the storm.");
        var before = Directory.GetFiles(Environment.CurrentDirectory);

        var (exit, error) = Run(null, "ingest", report, "--db", schema.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains($"into postgres://{target.Username}@{target.Host}:{target.Port}/{target.Database}\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain(target.Password!, error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Environment.CurrentDirectory));
        using var store = PostgresStore.Open(schema.ConnectionString);
        Assert.Equal(1, store.Count().Articles);
    }

    [Theory]
    [InlineData("Password=hunter2;Database=crisis", "names no Host")]
    [InlineData("Host=127.0.0.1;Colour=blue;Password=hunter2", "Colour")]
    [InlineData("Server=db.internal;Pwd=hunter2;Port=notaport", "Port")]
    public void A_connection_string_that_cannot_be_used_is_refused_without_its_password(string target, string reason)
    {
        string report = _folder.File("r.txt", "Ten houses were destroyed.");

        var (exit, error) = Run(null, "ingest", report, "--db", target);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("sitrep ingest: cannot use the PostgreSQL target '", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("=***", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_manifest_naming_a_file_outside_its_folder_is_refused_unless_allowed()
    {
        _folder.File("private/notes.txt", "Nine people were hurt.");
        _folder.File("corpus/a.txt", "Five people are missing.");
        string manifest = _folder.File("corpus/manifest.jsonl", "{\"id\":\"a\",\"file\":\"a.txt\"}\n{\"id\":\"n\",\"file\":\"../private/notes.txt\"}\n");

        var refused = Run(null, "ingest", "--manifest", manifest, "--db", Db);
        var allowed = Run(null, "ingest", "--manifest", manifest, "--db", Db, "--allow-outside-manifest");

        Assert.Equal(ExitCodes.SomeInputsFailed, refused.Exit);
        Assert.StartsWith($"sitrep: {manifest} (id n): names a file outside the manifest's folder: ../private/notes.txt.", refused.Error, StringComparison.Ordinal);
        Assert.Contains("1 new, 0 unchanged, 0 new versions, 1 failed", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, allowed.Exit);
        Assert.Contains("1 new, 1 unchanged, 0 new versions, 0 failed", allowed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_inputs_is_a_usage_error()
    {
        var (exit, error) = Run(null, "ingest", "--db", Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("give report files, folders or URLs, or --manifest FILE", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
