using Annalist.Documents;
using Annalist.Geo;
using Annalist.Text;

namespace Annalist.Tests.Geo;

/// <summary>How the place stage uses an entity layer when one is present.</summary>
public class PlaceStageEntityTests
{
    private static Document WithEntities(string text, params (string Word, EntityType Type)[] entities)
    {
        var doc = new TextStage().Process(new Document(new Article("e", text)));
        var tokens = doc.Get<TokenLayer>();
        var mentions = entities.Select(e =>
        {
            int i = Enumerable.Range(0, tokens.Count).First(k => tokens[k].Of(text) == e.Word);
            return new EntityMention(i, i + 1, tokens[i], e.Type);
        });
        return doc.With(new EntityLayer([.. mentions]));
    }

    [Fact]
    public void A_name_inside_a_person_entity_is_not_a_place()
    {
        var doc = WithEntities("Washington said the talks would go on.", ("Washington", EntityType.Person));
        Assert.Empty(new PlaceStage(GeoData.Gazetteer).Analyze(doc).Mentions);
    }

    [Fact]
    public void A_location_entity_the_lexicon_missed_becomes_a_mention()
    {
        var doc = WithEntities("protests spread to basra overnight.", ("basra", EntityType.Location));
        var m = Assert.Single(new PlaceStage(GeoData.Gazetteer).Analyze(doc).Mentions);
        Assert.Equal((PlaceMentionSource.Entity, "IQ"), (m.Source, m.Choice.Country));
    }
}
