using Annalist.Pipeline;
using Annalist.Tests.Support;

namespace Annalist.Tests.Text.Tagging;

/// <summary>The committed models, read from the repository's data/models.</summary>
internal static class ModelFiles
{
    public static DataDirectory Data => new(Path.Combine(SharedData.RepoRoot, "data"));
    public static string Tagger => Data.PathOf("models", "tagger.bin");
    public static string Parser => Data.PathOf("models", "parser.bin");
    public static string Entities => Data.PathOf("models", "entities.bin");
}
