using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;
using Annalist.Text;
using Annalist.Time;

namespace Annalist.Tests.Time;

/// <summary>The time stage behind the real text stage, built through the pipeline builder.</summary>
public sealed class TextStageIntegrationTests
{
    [SharedDataFact]
    public void Motivating_article_through_text_and_time_stages()
    {
        var text = File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new TimeStage()).Build();
        var doc = pipeline.Run(new Article("nyt", text, new DateOnly(2020, 1, 15)));
        var found = doc.Get<TimeLayer>().Mentions.ToDictionary(m => m.Span.Of(text) + "@" + m.Span.Start, m => TimeLayerRenderer.Interval(m.Date));
        string Get(string phrase) => found.Single(kv => kv.Key.StartsWith(phrase + "@", StringComparison.Ordinal)).Value;
        Assert.Equal("2020-01-03", Get("Jan. 3"));
        Assert.Equal("2020-01-05", Get("Jan. 5"));
        Assert.Equal("2019-12-27", Get("Dec. 27"));
        Assert.Equal("2020-01-11..2020-01-12", Get("the weekend"));
        Assert.Equal("2020-01-06..2020-01-12", Get("last week"));
        Assert.Equal("2020-01-05", Get("the same day"));
        var tokens = doc.Get<TokenLayer>();
        foreach (var m in doc.Get<TimeLayer>().Mentions)
        {
            Assert.True(m.TokenCount > 0, $"no tokens for {m.Span.Of(text)}");
            Assert.True(tokens[m.FirstToken].Start <= m.Span.Start && tokens[m.FirstToken + m.TokenCount - 1].End >= m.Span.End);
        }
    }
}
