namespace Annalist.Tests.Storage;

public sealed class SqliteStoreTests() : StoreContractTests(new SqliteBackend());
