using Annalist.Documents;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class BilouTests
{
    // Labels: 0 O; person 1 B, 2 I, 3 L, 4 U; organization 5..8; location 9..12.
    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(0, 2, false)]
    [InlineData(1, 2, true)]
    [InlineData(1, 3, true)]
    [InlineData(1, 0, false)]
    [InlineData(1, 7, false)]
    [InlineData(3, 12, true)]
    [InlineData(4, 0, true)]
    public void Only_valid_label_sequences_are_allowed(int prev, int next, bool allowed) =>
        Assert.Equal(allowed, EntityModel.Allowed(prev, next));

    [Fact]
    public void Spans_come_from_bilou_labels()
    {
        var spans = EntityModel.Spans([0, 1, 2, 3, 0, 12, 5, 7]);
        Assert.Equal([new EntitySpan(1, 4, EntityType.Person), new EntitySpan(5, 6, EntityType.Location)], spans.Take(2));
    }

    [Fact]
    public void Iob_tags_become_spans_of_the_three_types()
    {
        var spans = EntityCorpus.FromIob(["B-PER", "I-PER", "O", "B-LOC", "B-MISC", "I-ORG"]);
        Assert.Equal([new EntitySpan(0, 2, EntityType.Person), new EntitySpan(3, 4, EntityType.Location), new EntitySpan(5, 6, EntityType.Organization)], spans);
    }
}
