namespace Annalist.Tests.Storage;

/// <summary>A fresh, empty database for one test, named by the <c>--db</c> string that opens it.</summary>
public abstract class StoreBackend : IDisposable
{
    /// <summary>The <c>--db</c> value for this test's database.</summary>
    public abstract string Db { get; }

    /// <summary>Null when the backend can run here; otherwise why the test is skipped.</summary>
    public virtual string? SkipReason => null;

    public abstract void Dispose();
}
