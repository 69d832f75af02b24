using Annalist.Text.Tagging;

namespace Annalist.Tests.Text.Tagging;

public class WordShapeTests
{
    [Theory]
    [InlineData("Obama", "Xx")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("1990s", "dx")]
    [InlineData("aA1aA1a.b", "xXdxXdx.")] // the first 8 characters
    public void Collapses_runs_of_one_kind(string word, string shape) => Assert.Equal(shape, WordShape.Of(word));

    [Fact]
    public void Words_of_one_shape_hash_alike_up_to_the_seventh_character()
    {
        Assert.Equal(WordShape.HashOf("Obama"), WordShape.HashOf("Paris"));
        Assert.NotEqual(WordShape.HashOf("Obama"), WordShape.HashOf("U.S."));
        Assert.NotEqual(WordShape.HashOf("aA1aA1"), WordShape.HashOf("aA1aA1a"));
        Assert.Equal(WordShape.HashOf("aA1aA1a."), WordShape.HashOf("aA1aA1a-"));
    }
}
