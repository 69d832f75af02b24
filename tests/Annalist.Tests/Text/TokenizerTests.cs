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
    [InlineData("Wait... what?!", "Wait|...|what|?!")]
    [InlineData("J. R. Smith said no. No. 5", "J.|R.|Smith|said|no|.|No.|5")]
    [InlineData("the officials' claims", "the|officials|'|claims")]
    [InlineData("they're here, we've gone, I'll go", "they|'re|here|,|we|'ve|gone|,|I|'ll|go")]
    public void Splits_news_english_like_universal_dependencies(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tok(text));

    [Theory]
    [InlineData("I dont know, im gonna ask", "I|do|nt|know|,|i|m|gon|na|ask")]
    [InlineData("We cannot wait. Lets go; it lets him", "We|can|not|wait|.|Let|s|go|;|it|lets|him")]
    [InlineData("Write to jane.doe@example.org.", "Write|to|jane.doe@example.org|.")]
    [InlineData("Ask Warner@ENRON or see notes.pdf at example.com/a-b", "Ask|Warner@ENRON|or|see|notes.pdf|at|example.com/a-b")]
    [InlineData("great :) thanks!!! ok?!", "great|:)|thanks|!!!|ok|?!")]
    [InlineData("call 713-555-0100 at 5pm, seasons 1998-2000", "call|713-555-0100|at|5|pm|,|seasons|1998|-|2000")]
    [InlineData("a 12.5km run in the '90s and 1990's", "a|12.5|km|run|in|the|'90s|and|1990's")]
    [InlineData("fine w/ me b/c it is", "fine|w/|me|b/c|it|is")]
    [InlineData("pears, apples etc. Then more", "pears|,|apples|etc|.|Then|more")]
    [InlineData("#news via @desk ==== << >>", "#news|via|@desk|====|<<|>>")]
    [InlineData("self-driven co-workers, career-wise", "self|-|driven|co-workers|,|career-wise")]
    [InlineData("it said [...] so", "it|said|[...]|so")]
    [InlineData("its not its fault, Its a test", "it|s|not|its|fault|,|It|s|a|test")]
    public void Splits_web_text_like_ud_ewt(string text, string expected) =>
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
