using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Storage;

// Usage: Annalist.Tests.StoreChild DB ARTICLES BATCH
// Stores ARTICLES generated articles (3 events each) in batches of BATCH, printing "stored N" once each batch has
// committed. The crash test kills this process mid-run and checks that everything reported is in the store.
if (args.Length != 3 || !int.TryParse(args[1], out var total) || !int.TryParse(args[2], out var batch))
{
    Console.Error.WriteLine("usage: Annalist.Tests.StoreChild DB ARTICLES BATCH");
    return 2;
}
using var store = EventStores.Open(args[0]);
long added = 0;
for (int start = 0; start < total; start += batch)
{
    var items = Enumerable.Range(start, Math.Min(batch, total - start)).Select(GeneratedArticle.Item).ToList();
    added += store.StoreBatch(items).EventsAdded;
    Console.Out.WriteLine($"stored {start + items.Count}");
    Console.Out.Flush();
}
Console.Out.WriteLine($"done, {added} events added");
return 0;

internal static class GeneratedArticle
{
    private static readonly string[] Actors = ["USAMIL", "IRQGOV", "IRNMIL", "SYRREB", "TURMIL", "RUSGOV"];
    private static readonly string[] Codes = ["190", "042", "112", "173", "061", "1383"];

    public static IngestItem Item(int i)
    {
        var day = new DateOnly(2020, 1, 1).AddDays(i % 366);
        const string text = "Forces struck positions near the border, officials said. Talks were held. The ministry protested.";
        var article = new Article($"crash-{i:D6}", text, day, $"source{i % 7}", $"https://news.example/{i}");
        var events = Enumerable.Range(0, 3).Select(k =>
        {
            var code = CameoCode.Parse(Codes[(i + k) % Codes.Length]);
            var verb = new TextSpan(7 + k * 20, 13 + k * 20);
            var actor = ActorCode.Parse(Actors[(i + k) % Actors.Length]);
            var recipient = ActorCode.Parse(Actors[(i + k + 1) % Actors.Length]);
            return new CodedEvent(CodedEvent.MakeId(article.Id, verb, actor.Code, recipient.Code, code), article.Id, k,
                new EventActor(actor, "Forces", new TextSpan(0, 6)), new EventActor(recipient, "positions", new TextSpan(14, 23)), code,
                new PloverCoding(PloverEventType.Assault, null, ImmutableArray<string>.Empty), EventDate.Day(day, DateBasis.Publication), null,
                Attribution.Reporter, Modality.Asserted, new Evidence(k, new TextSpan(0, 6), verb, null, "generated"));
        }).ToList();
        return new IngestItem(article, events);
    }
}
