using Annalist.Storage.Sql;

namespace Annalist.Storage;

/// <summary>Opens a store from the user's <c>--db</c> value.</summary>
public static class EventStores
{
    /// <summary>
    /// A path or <c>sqlite:PATH</c> opens an SQLite file; <c>postgres://…</c>, <c>postgresql://…</c> or an Npgsql
    /// connection string (<c>Host=…;…</c>) opens PostgreSQL. The schema is migrated to the current version.
    /// With <paramref name="createIfMissing"/> false a missing SQLite file is an error rather than a new empty store.
    /// Throws <see cref="StoreUnavailableException"/> with a readable message when the database cannot be opened.
    /// </summary>
    public static IEventStore Open(string db, bool createIfMissing = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var d = db.Trim();
        if (d.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || d.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return PostgresEventStore.Open(PostgresUrl.ToConnectionString(d));
        if (LooksLikeConnectionString(d))
            return PostgresEventStore.Open(d);
        if (d.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) d = d["sqlite:".Length..];
        return SqliteEventStore.Open(d, createIfMissing);
    }

    /// <summary>True for <c>--db</c> values that name PostgreSQL.</summary>
    public static bool IsPostgres(string db)
    {
        var d = db.Trim();
        return d.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) && d.Contains("://", StringComparison.Ordinal)
            || LooksLikeConnectionString(d);
    }

    private static bool LooksLikeConnectionString(string d) =>
        d.Contains(';') && d.Contains('=') &&
        (d.Contains("Host=", StringComparison.OrdinalIgnoreCase) || d.Contains("Server=", StringComparison.OrdinalIgnoreCase));
}
