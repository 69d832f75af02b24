using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Annalist.Tests.Storage;

/// <summary>A test case skipped on PostgreSQL test classes when <c>ANNALIST_TEST_POSTGRES</c> is unset.</summary>
public sealed class BackendTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public BackendTestCase() { }

    public BackendTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        if (TestMethod.TestClass.Class.Name.Contains("Postgres", StringComparison.Ordinal)
            && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresBackend.Variable)))
            return $"{PostgresBackend.Variable} is not set: PostgreSQL store tests skipped (.ci/run starts PostgreSQL and sets it).";
        return base.GetSkipReason(factAttribute);
    }
}
