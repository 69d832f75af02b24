using Xunit.Sdk;

namespace Annalist.Tests.Storage;

/// <summary>
/// A fact of the shared store suite. It runs once per backend class deriving from <see cref="StoreContractTests"/>;
/// on a PostgreSQL class it is skipped, with the reason shown, when no test server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Annalist.Tests.Storage.StoreFactDiscoverer", "Annalist.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
