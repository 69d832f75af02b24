using Xunit.Abstractions;
using Xunit.Sdk;

namespace Annalist.Tests.Storage;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests as <see cref="BackendTestCase"/>s.</summary>
public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new BackendTestCase(sink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
