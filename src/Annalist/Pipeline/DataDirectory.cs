namespace Annalist.Pipeline;

/// <summary>
/// Where the engine's shipped data (models, lexicons, gazetteer) lives. The build copies the repository's
/// <c>data/</c> folder beside the binaries; callers may point elsewhere. Passed explicitly, never global.
/// </summary>
public sealed record DataDirectory(string Root)
{
    /// <summary>The <c>data/</c> folder beside the running assembly.</summary>
    public static DataDirectory BesideAssembly() => new(Path.Combine(AppContext.BaseDirectory, "data"));

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
