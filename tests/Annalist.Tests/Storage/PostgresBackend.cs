using Npgsql;

namespace Annalist.Tests.Storage;

/// <summary>
/// A fresh schema in the PostgreSQL named by <c>ANNALIST_TEST_POSTGRES</c> (an Npgsql connection string; .ci/run
/// starts the server and sets it), dropped afterwards. Without the variable the tests say so and skip.
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    public const string Variable = "ANNALIST_TEST_POSTGRES";
    private readonly string? _server = Environment.GetEnvironmentVariable(Variable);
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    private bool _created;

    public override int CrashTestArticles => 600;

    public override string? SkipReason => string.IsNullOrWhiteSpace(_server)
        ? $"{Variable} is not set (run .ci/run, which starts PostgreSQL and sets it)" : null;

    public override string Db
    {
        get
        {
            if (!_created)
            {
                Execute($"CREATE SCHEMA {_schema}");
                _created = true;
            }
            return new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;
        }
    }

    public override void Dispose()
    {
        if (_created) Execute($"DROP SCHEMA {_schema} CASCADE");
    }

    private void Execute(string sql)
    {
        using var c = new NpgsqlConnection(_server);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
