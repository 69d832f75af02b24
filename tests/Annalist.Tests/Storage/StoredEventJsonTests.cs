using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Storage.Sql;

namespace Annalist.Tests.Storage;

/// <summary>The <c>events.json</c> column: compact, lossless, and rows written in the older verbose form still read.</summary>
public sealed class StoredEventJsonTests
{
    [Fact]
    public void Every_field_comes_back_from_the_compact_form()
    {
        var article = SampleEvents.Article();
        var bare = new CodedEvent("e1", article.Id, 0, null, null, CameoCode.Parse("020"),
            new PloverCoding(PloverEventType.Request, null, ImmutableArray<string>.Empty), EventDate.Unresolved, null,
            Attribution.Reporter, Modality.Asserted, new Evidence(0, null, new TextSpan(3, 9), null, "r"), 0.5);
        foreach (var e in SampleEvents.For(article).Append(bare))
        {
            var json = StoredEventJson.Write(e);
            SampleEvents.AssertSame(e, StoredEventJson.Read(json, e.Id, e.ArticleId));
            Assert.DoesNotContain("null", json, StringComparison.Ordinal);
            Assert.DoesNotContain(e.Id, json, StringComparison.Ordinal);
        }
        // an event with no actors, place, dates or attribution writes none of them
        var compact = StoredEventJson.Write(bare);
        foreach (var absent in new[] { "\"actor\":{", "\"recipient\"", "\"place\"", "\"attribution\"", "\"start\"", "\"contexts\"", "\"mode\"" })
            Assert.DoesNotContain(absent, compact, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_in_the_verbose_form_read_the_same()
    {
        // What the store wrote before the compact form: every field present, nulls explicit, id and article included.
        const string verbose = """
            {"id":"e-old","article":"a-old","sentence":1,"actor":{"code":"USAMIL","text":"US forces","start":0,"end":9},
            "recipient":null,"cameo":"190","plover":"Assault","mode":null,"contexts":[],"start":"2020-01-03","end":null,
            "precision":"Day","basis":"Explicit","place":{"name":"Baghdad","country":"IQ","admin1":null,"lat":33.3,"lon":null,
            "kind":"City","geonames":null},"attribution":{"text":null,"code":null,"anonymous":false,"cue":null,"quote":null,"span":null},
            "modality":"Asserted","evidence":{"sentence":1,"actor":[0,9],"verb":[10,15],"recipient":null,"rule":"r"},"confidence":0.8}
            """;
        var expected = new CodedEvent("e-old", "a-old", 1, new EventActor(ActorCode.Parse("USAMIL"), "US forces", new TextSpan(0, 9)), null,
            CameoCode.Parse("190"), new PloverCoding(PloverEventType.Assault, null, ImmutableArray<string>.Empty),
            new EventDate(new DateOnly(2020, 1, 3), null, DatePrecision.Day, DateBasis.Explicit),
            new Place("Baghdad", "IQ", null, 33.3, null, PlaceKind.City), Attribution.Reporter, Modality.Asserted,
            new Evidence(1, new TextSpan(0, 9), new TextSpan(10, 15), null, "r"), 0.8);
        var read = StoredEventJson.Read(verbose, "e-old", "a-old");
        SampleEvents.AssertSame(expected, read);
        SampleEvents.AssertSame(expected, StoredEventJson.Read(StoredEventJson.Write(read), "e-old", "a-old"));
    }
}
