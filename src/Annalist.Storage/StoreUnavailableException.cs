namespace Annalist.Storage;

/// <summary>The database named by the user cannot be opened (missing file, unreachable server, bad credentials).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
