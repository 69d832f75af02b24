namespace Annalist.Pipeline;

/// <summary>
/// Collects stages and checks, once, that each one's requirements are produced by an earlier stage. A layer has one
/// producer, except that a stage which both requires and produces a layer refines it (dates or places events).
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public Pipeline Build()
    {
        var problems = new List<string>();
        if (_stages.Count == 0) problems.Add("no stages were added.");
        var produced = new Dictionary<Type, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name)) problems.Add($"stage '{stage.Name}' is added twice.");
            foreach (var need in stage.Requires)
                if (!produced.ContainsKey(need))
                {
                    var later = _stages.FirstOrDefault(s => s != stage && s.Produces.Contains(need));
                    problems.Add(later is null
                        ? $"stage '{stage.Name}' requires {need.Name}, which no stage produces."
                        : $"stage '{stage.Name}' requires {need.Name}, which '{later.Name}' produces only later; move '{later.Name}' before it.");
                }
            foreach (var made in stage.Produces)
                // A stage that requires a layer and produces it again refines it (e.g. dating the events).
                if (!produced.TryAdd(made, stage.Name) && !stage.Requires.Contains(made))
                    problems.Add($"stages '{produced[made]}' and '{stage.Name}' both produce {made.Name}.");
        }
        if (problems.Count > 0) throw new PipelineBuildException(problems);
        return new Pipeline([.. _stages]);
    }
}
