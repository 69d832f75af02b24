using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed record LayerA : IDocumentLayer;
    private sealed record LayerB : IDocumentLayer;

    private sealed class Stage(string name, Type[] requires, Type[] produces) : IPipelineStage
    {
        public string Name => name;
        public IReadOnlyList<Type> Requires => requires;
        public IReadOnlyList<Type> Produces => produces;
        public Document Process(Document d) => produces.Contains(typeof(LayerA)) ? d.With(new LayerA()) : d.With(new LayerB());
    }

    [Fact]
    public void Build_lists_every_problem()
    {
        var b = new PipelineBuilder()
            .Add(new Stage("b", [typeof(LayerA)], [typeof(LayerB)]))
            .Add(new Stage("a", [], [typeof(LayerA)]))
            .Add(new Stage("a2", [], [typeof(LayerA)]));
        var ex = Assert.Throws<PipelineBuildException>(() => b.Build());
        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains(ex.Problems, p => p.Contains("'a' produces only later"));
        Assert.Contains(ex.Problems, p => p.Contains("both produce LayerA"));
    }

    [Fact]
    public void Empty_pipeline_is_a_problem() => Assert.Throws<PipelineBuildException>(() => new PipelineBuilder().Build());

    [Fact]
    public void Stages_run_in_order_and_layers_accumulate()
    {
        var p = new PipelineBuilder()
            .Add(new Stage("a", [], [typeof(LayerA)]))
            .Add(new Stage("b", [typeof(LayerA)], [typeof(LayerB)]))
            .Build();
        var doc = p.Run(new Article("x", "text"));
        Assert.True(doc.Has<LayerA>());
        Assert.True(doc.Has<LayerB>());
    }

    [Fact]
    public void A_stage_may_refine_a_layer_it_requires()
    {
        var p = new PipelineBuilder()
            .Add(new Stage("a", [], [typeof(LayerA)]))
            .Add(new Stage("refine", [typeof(LayerA)], [typeof(LayerA)]))
            .Build();
        Assert.Equal(2, p.Stages.Length);
    }
}
