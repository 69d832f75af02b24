using System.Data.Common;
using Npgsql;

namespace Annalist.Storage.Sql;

/// <summary>The shared store: PostgreSQL, for several writers (workers) and readers at once.</summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>An arbitrary constant naming the advisory lock that serialises migrations and batch writes.</summary>
    private const long LockKey = 0x616e6e616c697374;

    private NpgsqlConnection? _lookup;

    private readonly string _connectionString;

    private PostgresEventStore(NpgsqlConnection connection, string connectionString) : base(connection) => _connectionString = connectionString;

    protected override DbConnection LookupConnection
    {
        get
        {
            if (_lookup is null)
            {
                // The original string: Npgsql drops the password from ConnectionString once a connection is open.
                _lookup = new NpgsqlConnection(_connectionString);
                _lookup.Open();
            }
            return _lookup;
        }
    }

    public override void Dispose()
    {
        _lookup?.Dispose();
        base.Dispose();
    }

    public static PostgresEventStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException ex) { throw new StoreUnavailableException($"bad PostgreSQL connection string: {ex.Message}", ex); }
        var where = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection, builder.ConnectionString);
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

    /// <summary>PostgreSQL cannot answer ctid from an index, so the plain column condition is the cheaper plan.</summary>
    protected internal override string InClusters(string alias, string clusterIds) => $"{alias}.cluster_id IN ({clusterIds})";

    protected override string Ordinal(string column) => column + " COLLATE \"C\"";
}
