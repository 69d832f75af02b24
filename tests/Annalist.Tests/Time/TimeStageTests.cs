using Annalist.Documents;
using Annalist.Tests.Support;
using Annalist.Time;

namespace Annalist.Tests.Time;

public sealed class TimeStageTests
{
    private static string ArticlePath => SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt");

    [SharedDataFact]
    public void Dump()
    {
        var text = File.ReadAllText(ArticlePath);
        var doc = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15)));
        foreach (var m in doc.Get<TimeLayer>().Mentions)
            Console.Error.WriteLine($"{m.SentenceIndex} '{m.Span.Of(text)}' {m.Kind} {m.Date} anchor={m.Anchor} comp={m.Complement} sub={m.Subordinate} tok={m.FirstToken}+{m.TokenCount}");
    }
}
