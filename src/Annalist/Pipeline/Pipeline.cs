using System.Collections.Immutable;
using System.Diagnostics;
using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>A checked sequence of stages. Thread-safe if its stages are (all built-in stages are).</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    public ImmutableArray<IPipelineStage> Stages { get; }

    public Document Run(Article article, IStageTimer? timer = null)
    {
        var doc = new Document(article);
        foreach (var stage in Stages)
        {
            long t0 = timer is null ? 0 : Stopwatch.GetTimestamp();
            doc = stage.Process(doc);
            timer?.Record(stage.Name, Stopwatch.GetElapsedTime(t0));
        }
        return doc;
    }
}
