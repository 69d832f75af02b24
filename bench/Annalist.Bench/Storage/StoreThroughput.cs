using System.Collections.Immutable;
using System.Diagnostics;
using Annalist.Documents;
using Annalist.Storage;

namespace Annalist.Bench.Storage;

/// <summary>
/// Store benchmark (a plain throughput program: ingest is seconds long, so BenchmarkDotNet's repetition adds
/// nothing). Ingests generated events into a fresh SQLite file in batches, then times a dyad-by-month aggregate
/// over all of them. Reports wall time and this process's CPU time (the machine may be shared).
/// Usage: StoreThroughput.Run([events, batchArticles, folder, "busy"])  (defaults 1,000,000, 500, temp). "busy" puts
/// every event on one dyad within 30 days, the worst case for the dedup lookup.
/// </summary>
public static class StoreThroughput
{
    private static readonly string[] Actors = ["USAMIL", "USAGOV", "IRQGOV", "IRQMIL", "IRNMIL", "IRNGOV", "SYRREB", "SYRGOV", "TURMIL", "RUSGOV", "ISRMIL", "PSEREB"];
    private static readonly string[] Codes = ["190", "042", "112", "173", "061", "1383", "193", "051", "036", "141", "195", "020"];
    private const int EventsPerArticle = 5;

    public static int Run(string[] args)
    {
        int events = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
        int batch = args.Length > 1 ? int.Parse(args[1]) : 500;
        var folder = args.Length > 2 ? args[2] : Directory.CreateTempSubdirectory("annalist-bench-").FullName;
        bool busy = args.Length > 3 && args[3] == "busy";
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "bench.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        int articles = events / EventsPerArticle;
        var process = Process.GetCurrentProcess();

        using var store = EventStores.Open(db);
        var (read0, written0, calls0) = FileIo();
        var wall = Stopwatch.StartNew();
        var cpu0 = process.TotalProcessorTime;
        long added = 0;
        // The store's own share: wall and CPU time inside StoreBatch only, without generating the items.
        var storeWall = TimeSpan.Zero;
        var storeCpu = TimeSpan.Zero;
        for (int start = 0; start < articles; start += batch)
        {
            var items = new List<IngestItem>(batch);
            for (int i = start; i < Math.Min(articles, start + batch); i++) items.Add(Item(i, busy));
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            long w0 = Stopwatch.GetTimestamp();
            added += store.StoreBatch(items).EventsAdded;
            storeWall += Stopwatch.GetElapsedTime(w0);
            process.Refresh();
            storeCpu += process.TotalProcessorTime - c0;
        }
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        Console.WriteLine($"ingest: {added:N0} events ({articles:N0} articles, batches of {batch}) in {wall.Elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU");
        Console.WriteLine($"ingest: {added / wall.Elapsed.TotalSeconds:N0} events/s wall, {added / cpu.TotalSeconds:N0} events/s per CPU second (generating the events included)");
        Console.WriteLine($"store:  {added / storeWall.TotalSeconds:N0} events/s wall, {added / storeCpu.TotalSeconds:N0} events/s per CPU second (inside StoreBatch only)");
        var (read1, written1, calls1) = FileIo();
        if (written1 > 0)
            Console.WriteLine($"io:     {(written1 - written0) / 1e6:N0} MB written, {(read1 - read0) / 1e6:N0} MB read by the process ({(written1 - written0) / (double)added:N0} bytes written per event, {calls1 - calls0:N0} read and write calls)");
        Console.WriteLine($"store:  {new FileInfo(db).Length / 1e6:F0} MB, {store.Counts().Clusters:N0} clusters");

        for (int run = 0; run < 3; run++)
        {
            var t = Stopwatch.StartNew();
            var rows = store.Aggregate(EventQuery.All, AggregatePeriod.Month);
            t.Stop();
            Console.WriteLine($"aggregate dyad x month over {added:N0} events: {rows.Count:N0} rows in {t.Elapsed.TotalSeconds:F2} s");
        }
        var q = Stopwatch.StartNew();
        var filtered = store.Aggregate(new EventQuery { ActorPrefix = "USA", From = new DateOnly(2019, 1, 1), To = new DateOnly(2019, 12, 31) }, AggregatePeriod.Week);
        Console.WriteLine($"aggregate USA* x week in 2019: {filtered.Count:N0} rows in {q.Elapsed.TotalSeconds:F2} s");
        return 0;
    }

    /// <summary>Bytes this process has read and written through system calls, and the number of those calls (Linux /proc/self/io; zeros elsewhere).</summary>
    private static (long Read, long Written, long Calls) FileIo()
    {
        const string path = "/proc/self/io";
        if (!File.Exists(path)) return (0, 0, 0);
        long read = 0, written = 0, calls = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            var value = line[(line.IndexOf(':') + 1)..].Trim();
            if (line.StartsWith("rchar:", StringComparison.Ordinal)) read = long.Parse(value);
            else if (line.StartsWith("wchar:", StringComparison.Ordinal)) written = long.Parse(value);
            else if (line.StartsWith("syscr:", StringComparison.Ordinal) || line.StartsWith("syscw:", StringComparison.Ordinal)) calls += long.Parse(value);
        }
        return (read, written, calls);
    }

    private static IngestItem Item(int i, bool busy)
    {
        var day = new DateOnly(2015, 1, 1).AddDays(i % (busy ? 30 : 3650));
        const string text = "Forces struck positions near the border on Monday, officials said, and talks were held in the capital.";
        var article = new Article($"bench-{i:D8}", text, day, $"source{i % 40}", $"https://news.example/{i}");
        var list = new List<CodedEvent>(EventsPerArticle);
        for (int k = 0; k < EventsPerArticle; k++)
        {
            var code = CameoCode.Parse(Codes[busy ? 0 : (i * 7 + k) % Codes.Length]);
            var verb = new TextSpan(7 + k, 13 + k);
            var actor = ActorCode.Parse(Actors[busy ? 0 : (i + k) % Actors.Length]);
            var recipient = ActorCode.Parse(Actors[busy ? 1 : (i * 5 + k + 1) % Actors.Length]);
            list.Add(new CodedEvent(CodedEvent.MakeId(article.Id, verb, actor.Code, recipient.Code, code), article.Id, 0,
                new EventActor(actor, "Forces", new TextSpan(0, 6)), new EventActor(recipient, "positions", new TextSpan(14, 23)), code,
                new PloverCoding(PloverEventType.Assault, null, ImmutableArray<string>.Empty), EventDate.Day(day.AddDays(-(k % 3)), DateBasis.Weekday),
                k % 2 == 0 ? new Place("Baghdad", "IQ", "Baghdad", 33.3, 44.4, PlaceKind.City) : null,
                Attribution.Reporter, Modality.Asserted, new Evidence(0, new TextSpan(0, 6), verb, new TextSpan(14, 23), "generated")));
        }
        return new IngestItem(article, list);
    }
}
