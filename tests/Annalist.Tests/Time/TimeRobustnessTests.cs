using Annalist.Documents;
using Annalist.Time;

namespace Annalist.Tests.Time;

/// <summary>Random sentences of time words, numbers and punctuation never throw, and spans stay inside their sentence.</summary>
public sealed class TimeRobustnessTests
{
    private static readonly string[] Vocabulary =
    [
        "Jan.", "Dec", "May", "march", "2020", "9999", "0", "31", "29", "Feb", "the", "same", "day", "next", "last", "week", "weekend",
        "two", "twenty", "-", "first", "/", ",", ".", "ago", "after", "before", "less", "than", "a", "few", "years", "from", "now",
        "Wednesday", "sundays", "of", "month", "tmrw", "yesterday", "in", "on", "thousand", "nineteen", "zero", "including", "that",
        "3rd", "Oct2", "22april", "1234567", "later", "earlier", "this", "recent", "over", "night", "fortnight", "between", "and",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_time_word_salad_never_throws(int seed)
    {
        var random = new Random(seed);
        var references = new DateOnly?[] { null, new DateOnly(2020, 2, 29), DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2019, 12, 31) };
        for (int n = 0; n < 300; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 25)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]);
            var text = string.Join(random.Next(2) == 0 ? " " : "  ", words);
            var doc = new TimeStage().Process(TestText.Tokenize(text, references[random.Next(references.Length)]));
            var sentences = doc.Get<SentenceLayer>();
            foreach (var m in doc.Get<TimeLayer>().Mentions)
            {
                Assert.True(sentences[m.SentenceIndex].Span.Contains(m.Span), $"'{text}': {m.Span} outside its sentence");
                if (m.Date.Start is DateOnly s && m.Date.End is DateOnly e) Assert.True(s <= e, $"'{text}': {m.Date}");
            }
        }
    }
}
