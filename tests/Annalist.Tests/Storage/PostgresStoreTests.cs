namespace Annalist.Tests.Storage;

public sealed class PostgresStoreTests() : StoreContractTests(new PostgresBackend());
