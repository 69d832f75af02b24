namespace Annalist.Pipeline;

/// <summary>Thrown by <see cref="PipelineBuilder.Build"/> with every problem in the stage order listed.</summary>
public sealed class PipelineBuildException(IReadOnlyList<string> problems)
    : Exception("The pipeline cannot be built:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
