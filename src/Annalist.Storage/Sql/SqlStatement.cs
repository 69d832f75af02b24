using System.Data.Common;
using System.Text;

namespace Annalist.Storage.Sql;

/// <summary>
/// One prepared statement of the write path, executed many times in a transaction. Parameters are set by position
/// (0-based, in order of first appearance in the SQL). The ADO.NET form serves every backend; SQLite overrides it
/// with <see cref="SqliteStatement"/>, which binds straight to the native statement (the ingest hot path).
/// </summary>
internal abstract class SqlStatement : IDisposable
{
    public abstract void Text(int index, string? value);

    /// <summary>A text value given as a slice of a string (evidence: a sentence of the article text).</summary>
    public abstract void Text(int index, ReadOnlySpan<char> value);

    /// <summary>A text value given as UTF-8 bytes.</summary>
    public abstract void Utf8(int index, ReadOnlySpan<byte> value);

    public abstract void Int(int index, long? value);

    public abstract void Real(int index, double? value);

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public abstract int Execute();

    /// <summary>Runs a query (on the first call) and moves to its next row; false when there is none left.</summary>
    public abstract bool Next();

    /// <summary>A text column of the current row.</summary>
    public abstract string? Column(int index);

    /// <summary>An integer column of the current row.</summary>
    public abstract long? IntColumn(int index);

    /// <summary>Ends a query started by <see cref="Next"/>.</summary>
    public abstract void Done();

    public abstract void Dispose();
}

/// <summary>A <see cref="SqlStatement"/> over an ADO.NET command with named parameters.</summary>
internal sealed class DbStatement : SqlStatement
{
    private readonly DbCommand _command;
    private DbDataReader? _reader;

    public DbStatement(DbConnection connection, DbTransaction tx, string sql, IReadOnlyList<string> names)
    {
        _command = connection.CreateCommand();
        _command.Transaction = tx;
        _command.CommandText = sql;
        foreach (var n in names)
        {
            var p = _command.CreateParameter();
            p.ParameterName = n;
            _command.Parameters.Add(p);
        }
    }

    public override void Text(int index, string? value) => Set(index, value);

    public override void Text(int index, ReadOnlySpan<char> value) => Set(index, value.ToString());

    public override void Utf8(int index, ReadOnlySpan<byte> value) => Set(index, Encoding.UTF8.GetString(value));

    public override void Int(int index, long? value) => Set(index, value);

    public override void Real(int index, double? value) => Set(index, value);

    private void Set(int index, object? value) => _command.Parameters[index].Value = value ?? DBNull.Value;

    public override int Execute() => _command.ExecuteNonQuery();

    public override bool Next() => (_reader ??= _command.ExecuteReader()).Read();

    public override string? Column(int index) => _reader!.IsDBNull(index) ? null : _reader.GetString(index);

    public override long? IntColumn(int index) => _reader!.IsDBNull(index) ? null : _reader.GetInt64(index);

    public override void Done()
    {
        _reader?.Dispose();
        _reader = null;
    }

    public override void Dispose()
    {
        Done();
        _command.Dispose();
    }
}
