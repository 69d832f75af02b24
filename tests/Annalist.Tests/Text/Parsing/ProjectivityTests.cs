using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class ProjectivityTests
{
    [Fact]
    public void A_projective_tree_is_left_alone()
    {
        int[] heads = [1, -1, 1, 2];
        Assert.True(ParsedSentence.IsProjective(heads));
        Assert.Equal(heads, ParsedSentence.Projectivize(heads));
    }

    [Fact]
    public void Crossing_arcs_are_lifted_until_projective()
    {
        // 0←2, 1→3 crosses 2's arc to the root-attached word 1 … a small made-up non-projective tree.
        int[] heads = [2, -1, 1, 0];
        Assert.False(ParsedSentence.IsProjective(heads));
        var fixedTree = ParsedSentence.Projectivize(heads);
        Assert.True(ParsedSentence.IsProjective(fixedTree));
        Assert.Equal(-1, fixedTree[1]);
    }
}
