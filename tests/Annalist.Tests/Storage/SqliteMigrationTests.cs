using Annalist.Storage;
using Annalist.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Annalist.Tests.Storage;

/// <summary>A database written by an older release (schema 1 only) upgrades when opened, and keeps its data.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly SqliteBackend _backend = new();

    [Fact]
    public void A_version_1_database_is_upgraded_on_open_and_keeps_its_events()
    {
        var article = SampleEvents.Article();
        using (var c = new SqliteConnection($"Data Source={_backend.Db};Pooling=False"))
        {
            c.Open();
            Exec(c, Schema.VersionTable);
            foreach (var statement in Schema.Migrations[0].Statements) Exec(c, statement);
            Exec(c, "INSERT INTO schema_version (version, name) VALUES (1, 'v1')");
        }
        using (var store = EventStores.Open(_backend.Db)) Assert.Equal(new StoreResult(1, 3), store.Store(article, SampleEvents.For(article)));

        using (var c = new SqliteConnection($"Data Source={_backend.Db};Pooling=False"))
        {
            c.Open();
            Assert.Equal((long)Schema.CurrentVersion, Scalar(c, "SELECT max(version) FROM schema_version"));
            Assert.Equal(0L, Scalar(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_dedup'"));
            Assert.Equal(1L, Scalar(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_dedup_cover'"));
            // the file keeps the page size it was created with
            Assert.Equal(4096L, Scalar(c, "PRAGMA page_size"));
        }
        using (var store = EventStores.Open(_backend.Db))
        {
            Assert.Equal(new StoreResult(0, 0), store.Store(article, SampleEvents.For(article)));
            Assert.Equal(3, store.Counts().Events);
        }
    }

    [Fact]
    public void A_new_database_has_16_KB_pages_in_WAL_mode()
    {
        var article = SampleEvents.Article();
        using (var store = EventStores.Open(_backend.Db)) store.Store(article, SampleEvents.For(article));
        using var c = new SqliteConnection($"Data Source={_backend.Db};Pooling=False");
        c.Open();
        Assert.Equal(16384L, Scalar(c, "PRAGMA page_size"));
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)cmd.ExecuteScalar());
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _backend.Dispose();
}
