using Annalist.Storage;

namespace Annalist.Cli;

/// <summary>Opens the store named by <c>--db</c>.</summary>
internal static class StoreOpener
{
    public static IEventStore Open(string db) => EventStores.Open(db);
}
