namespace Annalist.Tests.Support;

/// <summary>Locates <c>../shared/data</c> beside the repository. Tests read gold data there, in place.</summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    public static bool Available => Root is not null;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("../shared/data is missing."), .. parts]);

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("ANNALIST_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRootOrNull() ?? ".", "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepoRoot() => RepoRootOrNull() ?? throw new InvalidOperationException("Cannot find the repository root (Annalist.slnx).");

    private static string? RepoRootOrNull()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Annalist.slnx"))) return dir.FullName;
        return null;
    }
}

/// <summary>A fact that needs ../shared/data; skipped with a clear message in a clone without it (CI always has it).</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available) Skip = "../shared/data is not beside the repository; gold-data tests skipped.";
    }
}

public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available) Skip = "../shared/data is not beside the repository; gold-data tests skipped.";
    }
}
