using Annalist.Text;

namespace Annalist.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => s.Span.Of(text)).ToArray();
    }

    [Theory]
    [InlineData("Maj. Gen. Qassim Suleimani died. Mr. Pompeo refused.", "Maj. Gen. Qassim Suleimani died.|Mr. Pompeo refused.")]
    [InlineData("It began on Jan. 3 in Baghdad. It ended.", "It began on Jan. 3 in Baghdad.|It ended.")]
    [InlineData("Troops left the U.S. The war ended.", "Troops left the U.S.|The war ended.")]
    [InlineData("The U.S. Army said so.", "The U.S. Army said so.")]
    [InlineData("He said “we will stay.” Then he left.", "He said “we will stay.”|Then he left.")]
    [InlineData("“Why?” he asked. Nobody knew.", "“Why?” he asked.|Nobody knew.")]
    [InlineData("Prices rose 3.5 percent. Wages fell.", "Prices rose 3.5 percent.|Wages fell.")]
    [InlineData("A headline without a stop\nBAGHDAD — The army moved.", "A headline without a stop|BAGHDAD —|The army moved.")]
    [InlineData("Thursday, May 7, 2015\nOn Tuesday, the vote came.", "Thursday, May 7, 2015|On Tuesday, the vote came.")]
    [InlineData("Troops moved on Baghdad — The city fell.", "Troops moved on Baghdad — The city fell.")]
    [InlineData("J. R. Smith spoke (briefly.) Then rain.", "J. R. Smith spoke (briefly.)|Then rain.")]
    [InlineData("Wait... What happened?", "Wait...|What happened?")]
    [InlineData("a line that wraps\nin lower case.", "a line that wraps\nin lower case.")]
    public void Splits_news_sentences(string text, string expected) => Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("call them at noon. they know. so... maybe not", "call them at noon.|they know.|so... maybe not")]
    [InlineData("where did you grow up? india?", "where did you grow up?|india?")]
    [InlineData("Email: jo@example.com Groups: cats", "Email: jo@example.com|Groups: cats")]
    [InlineData("nice :) See you", "nice :)|See you")]
    [InlineData("Kay Mann 04/26/2001 07:17 AM Will you come?", "Kay Mann|04/26/2001 07:17 AM|Will you come?")]
    [InlineData("sent on 04/26/2001 07:17 AM to all", "sent on 04/26/2001 07:17 AM to all")]
    [InlineData("Thanks ====== Get it now", "Thanks ======|Get it now")]
    [InlineData("Hi Jo, We met. Best regards, Kim", "Hi Jo,|We met.|Best regards,|Kim")]
    [InlineData("In Baghdad, American officials said so.", "In Baghdad, American officials said so.")]
    public void Splits_web_text_sentences(string text, string expected) => Assert.Equal(expected.Split('|'), Split(text));
}
