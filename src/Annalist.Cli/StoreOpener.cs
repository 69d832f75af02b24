using Annalist.Storage;

namespace Annalist.Cli;

/// <summary>Opens the store named by <c>--db</c>.</summary>
internal static class StoreOpener
{
    // The storage backend (Annalist.Storage.EventStores) is being written on another branch; until it is merged,
    // --db reports that it is unavailable instead of pretending to store anything.
    public static IEventStore Open(string db) =>
        throw new NotSupportedException("this build has no storage backend yet (Annalist.Storage.EventStores is not merged)");
}
