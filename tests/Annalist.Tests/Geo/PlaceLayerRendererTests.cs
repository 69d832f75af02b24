using System.Text.Json;
using Annalist.Documents;
using Annalist.Geo;
using Annalist.Text;

namespace Annalist.Tests.Geo;

public class PlaceLayerRendererTests
{
    private static PlaceLayer Layer() => new PlaceStage(GeoData.Gazetteer)
        .Analyze(new TextStage().Process(new Document(new Article("r", "Clashes in Tripoli spread to northern Iraq."))));

    [Fact]
    public void Text_shows_each_mention_its_candidates_choice_and_strategy()
    {
        var text = PlaceLayerRenderer.RenderText(Layer());
        Assert.Contains("\"Tripoli\" → Tripoli (PPLC LY.", text);
        Assert.Contains("by Prominence", text);
        Assert.Contains("candidates: Tripoli (PPLC LY", text);
        Assert.Contains("Tripoli (PPLA LB.", text);
        Assert.Contains("\"Iraq\" (northern) → Iraq (country IQ", text);
    }

    [Fact]
    public void Json_is_valid_and_lists_candidates_best_first()
    {
        using var json = JsonDocument.Parse(PlaceLayerRenderer.RenderJson(Layer()));
        var mentions = json.RootElement.GetProperty("mentions");
        Assert.Equal(2, mentions.GetArrayLength());
        var tripoli = mentions[0];
        Assert.Equal("Prominence", tripoli.GetProperty("strategy").GetString());
        Assert.Equal("LY", tripoli.GetProperty("choice").GetProperty("country").GetString());
        Assert.Equal("LY", tripoli.GetProperty("candidates")[0].GetProperty("country").GetString());
        Assert.True(tripoli.GetProperty("candidateCount").GetInt32() >= 2);
        Assert.Equal("northern", mentions[1].GetProperty("qualifier").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("context").GetProperty("countries").GetProperty("IQ").GetInt32());
    }
}
