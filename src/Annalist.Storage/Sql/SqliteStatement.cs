using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Annalist.Storage.Sql;

/// <summary>
/// A <see cref="SqlStatement"/> on SQLite's native statement: prepared once, bound by position, stepped and reset.
/// It runs on the store's connection (so inside its transaction) without ADO.NET's per-execution work (named
/// parameter lookup, command and reader objects, string conversions).
/// </summary>
internal sealed class SqliteStatement : SqlStatement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(256);
    private bool _started;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out _stmt));
    }

    public override void Text(int index, string? value)
    {
        if (value is null) Check(raw.sqlite3_bind_null(_stmt, index + 1));
        else Text(index, value.AsSpan());
    }

    public override void Text(int index, ReadOnlySpan<char> value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_buffer.Length < max)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(max);
        }
        int n = Encoding.UTF8.GetBytes(value, _buffer);
        Utf8(index, _buffer.AsSpan(0, n));
    }

    // SQLitePCLRaw binds spans with SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer can be reused at once.
    public override void Utf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_stmt, index + 1, value));

    public override void Int(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_stmt, index + 1, v) : raw.sqlite3_bind_null(_stmt, index + 1));

    public override void Real(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_stmt, index + 1, v) : raw.sqlite3_bind_null(_stmt, index + 1));

    public override int Execute()
    {
        int rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) Fail(rc);
        return raw.sqlite3_changes(_db);
    }

    public override bool Next()
    {
        _started = true;
        int rc = raw.sqlite3_step(_stmt);
        if (rc == raw.SQLITE_ROW) return true;
        Done();
        if (rc != raw.SQLITE_DONE) Fail(rc);
        return false;
    }

    public override string? Column(int index) =>
        raw.sqlite3_column_type(_stmt, index) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(_stmt, index).utf8_to_string();

    public override long? IntColumn(int index) =>
        raw.sqlite3_column_type(_stmt, index) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_stmt, index);

    public override void Done()
    {
        if (!_started) return;
        _started = false;
        raw.sqlite3_reset(_stmt);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) Fail(rc);
    }

    private void Fail(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

    public override void Dispose()
    {
        _stmt.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
