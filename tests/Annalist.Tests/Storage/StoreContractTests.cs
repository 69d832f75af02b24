using Annalist.Documents;
using Annalist.Storage;

namespace Annalist.Tests.Storage;

/// <summary>The store suite; each backend runs all of it through a derived class.</summary>
public abstract partial class StoreContractTests : IDisposable
{
    protected StoreContractTests(StoreBackend backend) => Backend = backend;

    protected StoreBackend Backend { get; }

    public void Dispose()
    {
        Backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private IEventStore Open() => EventStores.Open(Backend.Db);

    [StoreFact]
    public void Stored_events_come_back_field_for_field()
    {
        var article = SampleEvents.Article();
        var events = SampleEvents.For(article);
        using (var store = Open())
            Assert.Equal(new StoreResult(1, 3), store.StoreBatch([new IngestItem(article, events, SampleEvents.Sentences())]));

        using var reopened = Open();
        var back = reopened.Query(EventQuery.All).ToList();
        Assert.Equal(3, back.Count);
        var byId = back.ToDictionary(x => x.Event.Id);
        foreach (var e in events) SampleEvents.AssertSame(e, byId[e.Id].Event);
        Assert.All(back, x => Assert.Equal("nyt", x.Source));
        Assert.All(back, x => Assert.Equal(article.Url, x.Url));
        Assert.All(back, x => Assert.Equal(article.PublicationDate, x.PublicationDate));
        // ordered by date: Jan 3, Jan 5, Jan 15
        Assert.Equal(["195", "166", "062"], back.Select(x => x.Event.Cameo.Code));
        Assert.Equal("An American drone strike killed an Iranian commander near Baghdad airport on Jan. 3.", back[0].EvidenceText);

        var stored = reopened.GetArticle(article.Id)!;
        Assert.Equal(article, stored.Article);
        Assert.Equal(SampleEvents.Sentences().Sentences.ToArray(), stored.Sentences!.Sentences.ToArray());
        Assert.Null(reopened.GetArticle("nope"));
    }

    [StoreFact]
    public void Storing_the_same_article_again_adds_nothing()
    {
        using var store = Open();
        var article = SampleEvents.Article();
        var events = SampleEvents.For(article);
        Assert.Equal(new StoreResult(1, 3), store.Store(article, events));
        var before = store.Counts();
        Assert.Equal(new StoreResult(0, 0), store.Store(article, events));
        Assert.Equal(new StoreResult(0, 0), store.StoreBatch([new IngestItem(article, events, SampleEvents.Sentences())]) with { });
        var after = store.Counts();
        Assert.Equal(before with { Sentences = 3 }, after);
        Assert.Equal(new StoreCounts(1, 3, 3, 3, 3), after);
    }

    [StoreFact]
    public void A_failed_batch_stores_nothing_of_it()
    {
        using var store = Open();
        var good = SampleEvents.Article("a-good");
        var bad = SampleEvents.Article("a-bad");
        var wrongArticle = SampleEvents.For(good)[0];
        Assert.Throws<ArgumentException>(() => store.StoreBatch([new IngestItem(good, SampleEvents.For(good)), new IngestItem(bad, [wrongArticle])]));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), store.Counts());
        Assert.Equal(new StoreResult(1, 3), store.Store(good, SampleEvents.For(good)));
    }

    [StoreFact]
    public void Filters_select_what_they_name()
    {
        using var store = Open();
        var article = SampleEvents.Article();
        store.StoreBatch([new IngestItem(article, SampleEvents.For(article), SampleEvents.Sentences())]);
        var other = SampleEvents.Article("a-bbc-1", "bbc", new DateOnly(2020, 2, 1));
        store.Store(other, [SampleEvents.Event(other, new TextSpan(213, 218), ("IRNMIL", "Iraq's Parliament", new TextSpan(195, 212)), ("USAMIL", "American forces", new TextSpan(228, 243)),
            "1383", new PloverCoding(PloverEventType.Threaten, "violence", []), EventDate.Day(new DateOnly(2020, 1, 31), DateBasis.Explicit), 2,
            null, Attribution.Reporter, Modality.Future)]);

        string[] Codes(EventQuery q) => store.Query(q).Select(x => x.Event.Cameo.Code).ToArray();
        Assert.Equal(["195", "166", "062", "1383"], Codes(EventQuery.All));
        Assert.Equal(["195", "062"], Codes(new() { ActorPrefix = "USA" }));
        Assert.Equal(["195"], Codes(new() { RecipientPrefix = "IRN" }));
        Assert.Equal(["166", "1383"], Codes(new() { RecipientPrefix = "usa" }));
        Assert.Equal(["195"], Codes(new() { Cameo = "19" }));
        Assert.Equal(["1383"], Codes(new() { Cameo = "138" }));
        Assert.Equal(["166"], Codes(new() { Plover = PloverEventType.Sanction }));
        Assert.Equal(["195", "166"], Codes(new() { QuadClass = QuadClass.MaterialConflict }));
        Assert.Equal(["1383"], Codes(new() { QuadClass = QuadClass.VerbalConflict }));
        Assert.Equal(["195", "062"], Codes(new() { Country = "IQ" }));
        Assert.Equal(["195", "1383"], Codes(new() { Country = "IRN" }));
        Assert.Equal(["1383"], Codes(new() { Modality = Modality.Future }));
        Assert.Equal(["1383"], Codes(new() { Source = "bbc" }));
        Assert.Equal(["195"], Codes(new() { Text = "DRONE strike" }));
        Assert.Empty(Codes(new() { Text = "100%_" }));
        Assert.Equal(["166", "062"], Codes(new() { From = new DateOnly(2020, 1, 4), To = new DateOnly(2020, 1, 15) }));
        Assert.Equal(["1383"], Codes(new() { From = new DateOnly(2020, 1, 20) }));
        Assert.Equal(["195", "166"], Codes(new() { To = new DateOnly(2020, 1, 10), Limit = 5 }));
        Assert.Equal(["195"], Codes(new() { Limit = 1 }));
        Assert.Equal(["062"], Codes(new() { ActorPrefix = "USAMIL", Cameo = "06", Source = "nyt", Country = "IQ", Modality = Modality.Asserted }));
    }

    [StoreFact]
    public void Reports_of_one_happening_form_one_cluster()
    {
        using var store = Open();
        var day = new DateOnly(2020, 1, 3);
        var baghdad = new Place("Baghdad", "IQ", "Baghdad", 33.3, 44.4, PlaceKind.City);
        var iraq = new Place("Iraq", "IQ", null, 33.0, 44.0, PlaceKind.Country);
        var (a1, e1) = SampleEvents.Report("r1", "nyt", day, "190", baghdad);
        var (a2, e2) = SampleEvents.Report("r2", "reuters", day.AddDays(1), "193", iraq);   // same root 19, next day, compatible place
        var (a3, e3) = SampleEvents.Report("r3", "afp", day, "190", null);                  // no place: compatible
        var (a4, e4) = SampleEvents.Report("r4", "bbc", day.AddDays(4), "190", baghdad);    // too far in time
        var (a5, e5) = SampleEvents.Report("r5", "ap", day, "190", new Place("Damascus", "SY", null, 33.5, 36.3, PlaceKind.City)); // elsewhere
        var (a6, e6) = SampleEvents.Report("r6", "dw", day, "180", baghdad);                // other code family
        var (a7, e7) = SampleEvents.Report("r7", "cnn", day, "190", baghdad, recipient: "IRN"); // other dyad
        store.StoreBatch([new(a1, [e1]), new(a2, [e2]), new(a3, [e3]), new(a4, [e4]), new(a5, [e5]), new(a6, [e6]), new(a7, [e7])]);

        var all = store.Clusters(EventQuery.All);
        Assert.Equal(5, all.Count);
        var big = Assert.Single(store.Clusters(EventQuery.All, minReports: 2));
        Assert.Equal(["nyt", "afp", "reuters"], big.Mentions.OrderBy(m => m.EventDate).ThenBy(m => m.Source == "afp").Select(m => m.Source));
        Assert.Equal(("USAMIL", "IRQ", "19"), (big.Actor, big.Recipient, big.CameoRoot));
        Assert.Equal(day, big.FirstDate);
        Assert.Equal(day.AddDays(1), big.LastDate);
        Assert.Contains(big.Mentions, m => m.Url == "https://reuters.example/r2" && m.PublicationDate == day.AddDays(2) && m.Cameo == "193");

        // every report stays an event of its own, tagged with the cluster
        var members = store.Query(new() { ClusterId = big.Id }).Select(x => x.Event.Id).Order().ToList();
        Assert.Equal(new[] { e1.Id, e2.Id, e3.Id }.Order(), members);
        Assert.Equal(7, store.Counts().Events);
        Assert.Equal(5, store.Counts().Clusters);

        // a filter selects clusters through any of their events
        var viaSource = Assert.Single(store.Clusters(new() { Source = "reuters" }));
        Assert.Equal(big.Id, viaSource.Id);
        Assert.Equal(3, viaSource.Reports);
    }

    [StoreFact]
    public void Vague_dates_are_not_linked()
    {
        using var store = Open();
        var (a1, e1) = SampleEvents.Report("m1", "nyt", new DateOnly(2020, 1, 10));
        var (a2, e2) = SampleEvents.Report("m2", "bbc", new DateOnly(2020, 1, 10));
        var month = e2 with { Date = new EventDate(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31), DatePrecision.Month, DateBasis.RelativeToPublication) };
        var (a3, e3) = SampleEvents.Report("m3", "ap", new DateOnly(2020, 1, 10));
        var unresolved = e3 with { Date = EventDate.Unresolved };
        store.StoreBatch([new(a1, [e1]), new(a2, [month]), new(a3, [unresolved])]);
        Assert.Equal(3, store.Counts().Clusters);
    }

    [StoreFact]
    public void Aggregates_count_and_sum_per_dyad_and_period()
    {
        using var store = Open();
        var items = new List<IngestItem>();
        int n = 0;
        foreach (var (day, cameo, recipient) in new[]
        {
            (new DateOnly(2020, 1, 6), "190", "IRQ"), (new DateOnly(2020, 1, 8), "190", "IRQ"), (new DateOnly(2020, 1, 13), "042", "IRQ"),
            (new DateOnly(2020, 2, 1), "190", "IRQ"), (new DateOnly(2020, 1, 7), "112", "IRN"),
        })
        {
            var (a, e) = SampleEvents.Report("s" + n++, "src", day, cameo, recipient: recipient);
            items.Add(new(a, [e]));
        }
        store.StoreBatch(items);
        double g190 = CameoCode.Parse("190").Goldstein, g042 = CameoCode.Parse("042").Goldstein, g112 = CameoCode.Parse("112").Goldstein;

        var months = store.Aggregate(EventQuery.All, AggregatePeriod.Month);
        Assert.Equal(
        [
            new DyadPeriodStat(new DateOnly(2020, 1, 1), "USAMIL", "IRN", 1, g112, 0, 0, 1, 0),
            new DyadPeriodStat(new DateOnly(2020, 1, 1), "USAMIL", "IRQ", 3, 2 * g190 + g042, 1, 0, 0, 2),
            new DyadPeriodStat(new DateOnly(2020, 2, 1), "USAMIL", "IRQ", 1, g190, 0, 0, 0, 1),
        ], months);

        var weeks = store.Aggregate(new() { RecipientPrefix = "IRQ" }, AggregatePeriod.Week);
        Assert.Equal([(new DateOnly(2020, 1, 6), 2L), (new DateOnly(2020, 1, 13), 1L), (new DateOnly(2020, 1, 27), 1L)],
            weeks.Select(w => (w.PeriodStart, w.Events)));
        Assert.Equal(DayOfWeek.Monday, weeks[0].PeriodStart.DayOfWeek);

        var days = store.Aggregate(new() { From = new DateOnly(2020, 1, 7), To = new DateOnly(2020, 1, 8) }, AggregatePeriod.Day);
        Assert.Equal([(new DateOnly(2020, 1, 7), "IRN"), (new DateOnly(2020, 1, 8), "IRQ")], days.Select(d => (d.PeriodStart, d.Recipient)));
    }

    [StoreFact]
    public void Reopening_keeps_the_schema_version_and_the_data()
    {
        var article = SampleEvents.Article();
        using (var store = Open()) store.Store(article, SampleEvents.For(article));
        using (var store = Open()) Assert.Equal(3, store.Counts().Events);
        using (var store = Open()) Assert.Equal(new StoreResult(0, 0), store.Store(article, SampleEvents.For(article)));
    }
}
