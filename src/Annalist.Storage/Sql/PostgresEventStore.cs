using System.Data.Common;
using Npgsql;

namespace Annalist.Storage.Sql;

/// <summary>The shared store: PostgreSQL, for several writers (workers) and readers at once.</summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>An arbitrary constant naming the advisory lock that serialises migrations and batch writes.</summary>
    private const long LockKey = 0x616e6e616c697374;

    private PostgresEventStore(NpgsqlConnection connection) : base(connection) { }

    public static PostgresEventStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException ex) { throw new StoreUnavailableException($"bad PostgreSQL connection string: {ex.Message}", ex); }
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = 5;
        var where = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection);
            store.Migrate();
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreUnavailableException($"cannot open PostgreSQL database {where}: {ex.Message}", ex);
        }
    }

    protected override DbTransaction BeginWrite()
    {
        var tx = ((NpgsqlConnection)Connection).BeginTransaction();
        // Dedup reads then writes; one writer at a time keeps clustering the same as a sequential run.
        using var c = Command($"SELECT pg_advisory_xact_lock({LockKey})", tx);
        c.ExecuteNonQuery();
        return tx;
    }

    protected override string Ordinal(string column) => column + " COLLATE \"C\"";
}
