using Annalist.Storage;
using Annalist.Tests.Support;

namespace Annalist.Tests.Storage;

/// <summary>Databases that cannot be opened give a clear error and exit 2, on every store command.</summary>
public sealed class StoreCommandErrorTests
{
    [Theory]
    [InlineData("query")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("stats")]
    [InlineData("plot", "--out", "x.png")]
    public void Unreachable_or_missing_databases_exit_2(string command, params string[] rest)
    {
        // Port 1 on the loopback refuses connections at once.
        var (exit, _, err) = TestConsole.Run([command, "--db", "postgres://annalist:secret@127.0.0.1:1/events", .. rest]);
        Assert.Equal(2, exit);
        Assert.Contains("cannot open PostgreSQL database 127.0.0.1:1/events", err);
        Assert.DoesNotContain("secret", err);

        var missing = Path.Combine(Path.GetTempPath(), $"annalist-missing-{Guid.NewGuid():N}.db");
        (exit, _, err) = TestConsole.Run([command, "--db", missing, .. rest]);
        Assert.Equal(2, exit);
        Assert.Contains("no database at", err);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annalist-notdb-{Guid.NewGuid():N}.db");
        File.WriteAllText(path, "these are not the pages of an SQLite database, just some text that is long enough to be a header");
        try
        {
            var ex = Assert.Throws<StoreUnavailableException>(() => EventStores.Open(path));
            Assert.Contains("cannot open SQLite database", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("postgres://u:p@db.example:6543/annalist", true)]
    [InlineData("Host=localhost;Username=postgres;Database=x", true)]
    [InlineData("events.db", false)]
    [InlineData("sqlite:events.db", false)]
    public void The_db_string_picks_the_backend(string db, bool postgres) => Assert.Equal(postgres, EventStores.IsPostgres(db));
}
