using System.Text.RegularExpressions;
using Annalist.Tests.Support;

namespace Annalist.Tests.Architecture;

/// <summary>
/// Keeps the engine's namespaces pointing one way: Documents ← Text ← Time/Actors ← Coding ← Geo ← Pipeline ← Formats.
/// The stage contract (IPipelineStage, IStageTimer, DataDirectory) lives in Pipeline and may be used by every stage.
/// </summary>
public partial class LayeringTests
{
    private static readonly Dictionary<string, int> Rank = new()
    {
        ["Documents"] = 0, ["Text"] = 1, ["Time"] = 2, ["Actors"] = 2, ["Coding"] = 3, ["Geo"] = 4, ["Pipeline"] = 5, ["Formats"] = 6,
    };

    [GeneratedRegex(@"^using\s+Annalist\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingRegex();

    [Fact]
    public void Engine_namespaces_depend_only_downward()
    {
        var root = Path.Combine(SharedData.RepoRoot, "src", "Annalist");
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, file);
            var folder = rel.Split(Path.DirectorySeparatorChar)[0];
            if (!Rank.TryGetValue(folder, out var own)) continue;
            var source = File.ReadAllText(file);
            foreach (Match m in UsingRegex().Matches(source))
            {
                var target = m.Groups[1].Value;
                if (!Rank.TryGetValue(target, out var other) || target == folder) continue;
                if (target == "Pipeline" && UsesOnlyStageContract(source)) continue;
                if (other >= own) problems.Add($"{rel} uses Annalist.{target}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Stages may implement the contract but must not build pipelines.</summary>
    private static bool UsesOnlyStageContract(string source) =>
        !new[] { "PipelineBuilder", "EngineFactory", "EngineOptions", "new Pipeline(" }.Any(source.Contains);
}
