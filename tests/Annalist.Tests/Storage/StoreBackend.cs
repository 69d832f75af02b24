namespace Annalist.Tests.Storage;

/// <summary>A fresh, empty database for one test, named by the <c>--db</c> string that opens it.</summary>
public abstract class StoreBackend : IDisposable
{
    /// <summary>The <c>--db</c> value for this test's database.</summary>
    public abstract string Db { get; }

    /// <summary>Null when the backend can run here; otherwise why the test is skipped.</summary>
    public virtual string? SkipReason => null;

    /// <summary>Articles the crash test ingests: enough that the kill lands mid-run.</summary>
    public virtual int CrashTestArticles => 3_000;

    public abstract void Dispose();
}
