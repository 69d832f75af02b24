using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Annalist.Storage.Sql;

/// <summary>
/// The default store: one SQLite file. WAL journal with synchronous=NORMAL: a committed batch survives the process
/// being killed (power loss may lose the last commits, never corrupt the file).
/// </summary>
internal sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection) : base(connection) { }

    public static SqliteEventStore Open(string path, bool createIfMissing)
    {
        var full = Path.GetFullPath(path);
        if (!createIfMissing && !File.Exists(full))
            throw new StoreUnavailableException($"no database at '{path}' (create one with 'annalist code --db {path}')");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreUnavailableException($"cannot create database '{path}': folder '{dir}' does not exist");
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = createIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();
            var store = new SqliteEventStore(connection);
            // 16 KB pages for a new file (an existing one keeps its own): a commit writes each dirty page to the WAL, and the
            // checkpoint copies it back, with one system call per page; at 16 KB there are a quarter of the calls of the
            // 4 KB default for the same bytes. Must precede journal_mode, which writes the file's header.
            store.Execute("PRAGMA page_size=16384");
            store.Execute("PRAGMA journal_mode=WAL");
            store.Execute("PRAGMA synchronous=NORMAL");
            store.Execute("PRAGMA busy_timeout=10000");
            // Checkpoint when the WAL passes 8,000 pages (about 128 MB at 16 KB) rather than 1,000: index pages dirtied by
            // several commits in a row are copied back once (at 1M events, 12 % fewer bytes written than at 2,500 pages).
            store.Execute("PRAGMA wal_autocheckpoint=8000");
            // Event, mention and cluster ids are hashes, so inserts land all over the B-trees: a page cache far above
            // the 2 MB default keeps ingest from re-reading pages on every row.
            store.Execute("PRAGMA cache_size=-262144");
            store.Execute("PRAGMA temp_store=MEMORY");
            // Reads straight from the mapped file instead of copying pages into the cache (the aggregate scans).
            store.Execute("PRAGMA mmap_size=1073741824");
            store.Migrate();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"cannot open SQLite database '{path}': {ex.Message}", ex);
        }
    }

    // The native statements join the connection's open transaction.
    protected override SqlStatement Prepare(DbTransaction tx, string sql, string[] names) => new SqliteStatement((SqliteConnection)Connection, sql);

    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);
}
