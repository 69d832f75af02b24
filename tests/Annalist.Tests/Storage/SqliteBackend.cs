namespace Annalist.Tests.Storage;

/// <summary>An SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class SqliteBackend : StoreBackend
{
    private readonly string _dir = Directory.CreateTempSubdirectory("annalist-store-").FullName;

    public override string Db => Path.Combine(_dir, "events.db");

    public override void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }
}
