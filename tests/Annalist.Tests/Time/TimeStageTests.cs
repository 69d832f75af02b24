using Annalist.Tests.Support;
using Annalist.Time;

namespace Annalist.Tests.Time;

public sealed class TimeStageTests
{
    private static string ArticlePath => SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt");

    [SharedDataFact]
    public void Renders_the_motivating_article_as_text_lines()
    {
        var text = File.ReadAllText(ArticlePath);
        var layer = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15))).Get<TimeLayer>();
        var lines = TimeLayerRenderer.ToLines(text, layer).ToList();
        Assert.Contains(lines, l => l.Contains("\"Wednesday\" weekday → 2020-01-15 day (weekday)"));
        Assert.Contains(lines, l => l.Contains("\"Dec. 27\" date → 2019-12-27 day (inferred-year) side"));
        Assert.Contains(lines, l => l.Contains("\"last week\" relative → 2020-01-06..2020-01-12 week (relative-to-publication)"));
        Assert.Contains(lines, l => l.Contains("\"two days after\" anchored → 2020-01-05 day (relative-to-event)") && l.Contains("clause→2020-01-03"));
        Assert.Contains(lines, l => l.Contains("\"the same day\" anchored → 2020-01-05 day (relative-to-event) anchor=#"));
    }

    [SharedDataFact]
    public void Renders_json()
    {
        var text = File.ReadAllText(ArticlePath);
        var layer = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15))).Get<TimeLayer>();
        using var json = System.Text.Json.JsonDocument.Parse(TimeLayerRenderer.ToJson(text, layer));
        var weekend = json.RootElement.EnumerateArray().Single(e => e.GetProperty("text").GetString() == "the weekend");
        Assert.Equal("2020-01-11", weekend.GetProperty("dateStart").GetString());
        Assert.Equal("2020-01-12", weekend.GetProperty("dateEnd").GetString());
        Assert.Equal("relative-to-publication", weekend.GetProperty("basis").GetString());
    }

    [Fact]
    public void Token_indices_cover_the_mention()
    {
        const string text = "Rebels attacked the town on Dec. 27, officials said.";
        var doc = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15)));
        var m = Assert.Single(doc.Get<TimeLayer>().Mentions);
        var tokens = doc.Get<Annalist.Documents.TokenLayer>();
        Assert.Equal(m.Span.Start, tokens[m.FirstToken].Start);
        Assert.Equal(m.Span.End, tokens[m.FirstToken + m.TokenCount - 1].End);
    }

    [Fact]
    public void Sentences_without_time_words_yield_nothing()
    {
        const string text = "The minister said the government would comply with the order.";
        var doc = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15)));
        Assert.Empty(doc.Get<TimeLayer>().Mentions);
    }

    [Theory]
    [InlineData("They may consider it.")]
    [InlineData("Thousands march in the capital.")]
    [InlineData("The team won 3-1 and scored 6 1/4 points.")]
    [InlineData("Rebels killed 27 soldiers.")]
    public void Does_not_take_ordinary_words_for_dates(string text)
    {
        var doc = new TimeStage().Process(TestText.Tokenize(text, new DateOnly(2020, 1, 15)));
        Assert.DoesNotContain(doc.Get<TimeLayer>().Mentions, m => m.Kind != TimeMentionKind.Duration);
    }
}
