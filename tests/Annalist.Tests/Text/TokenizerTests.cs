using Annalist.Text;

namespace Annalist.Tests.Text;

public class TokenizerTests
{
    private static string[] Tok(string s) => Tokenizer.Tokenize(s).Select(t => t.Of(s)).ToArray();

    [Theory]
    [InlineData("The U.S. military resumed.", "The|U.S.|military|resumed|.")]
    [InlineData("Iraq’s Parliament voted.", "Iraq|’s|Parliament|voted|.")]
    [InlineData("They don't know; we can't.", "They|do|n't|know|;|we|ca|n't|.")]
    [InlineData("Maj. Gen. Qassim Suleimani", "Maj.|Gen.|Qassim|Suleimani")]
    [InlineData("on Jan. 3, 2020, at 3.5 p.m.", "on|Jan.|3|,|2020|,|at|3.5|p.m.")]
    [InlineData("1,000 troops and 12,50 boxes", "1,000|troops|and|12|,|50|boxes")]
    [InlineData("Iran-backed militias, an e-mail", "Iran|-|backed|militias|,|an|e-mail")]
    [InlineData("“We have paused,” the military said.", "“|We|have|paused|,|”|the|military|said|.")]
    [InlineData("See https://example.org/a?b=1.", "See|https://example.org/a?b=1|.")]
    [InlineData("BAGHDAD — The", "BAGHDAD|—|The")]
    [InlineData("Wait... what?!", "Wait|...|what|?|!")]
    [InlineData("J. R. Smith said no. No. 5", "J.|R.|Smith|said|no|.|No.|5")]
    [InlineData("the officials' claims", "the|officials|'|claims")]
    [InlineData("they're here, we've gone, I'll go", "they|'re|here|,|we|'ve|gone|,|I|'ll|go")]
    public void Splits_news_english_like_universal_dependencies(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tok(text));

    [Fact]
    public void Empty_and_whitespace_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }

    [Fact]
    public void Surrogate_pairs_stay_whole() => Assert.Equal(["a", "😀", "b"], Tok("a 😀 b"));
}
