using System.Text;
using Annalist.Documents;
using Annalist.Formats;
using Annalist.Storage;
using Annalist.Storage.Export;
using Annalist.Tests.Support;

namespace Annalist.Tests.Storage;

/// <summary>Export and the store commands, run against each backend through the CLI.</summary>
public abstract partial class StoreContractTests
{
    private (Article Article, IReadOnlyList<CodedEvent> Events) Seed()
    {
        var article = SampleEvents.Article();
        var events = SampleEvents.For(article);
        using var store = Open();
        store.StoreBatch([new IngestItem(article, events, SampleEvents.Sentences())]);
        return (article, events);
    }

    /// <summary>What <c>annalist code</c> writes for these events (the same writers over the original document).</summary>
    private static string AsCodeWritesIt(EventFormat format, Article article, IEnumerable<CodedEvent> events)
    {
        using var ms = new MemoryStream();
        using (var w = EventWriters.Create(format, ms))
        {
            w.Write(new EventContext(article, SampleEvents.Sentences()), events.ToList());
            w.Complete();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [StoreFact]
    public void Export_gives_back_what_code_wrote_field_for_field()
    {
        var (article, events) = Seed();
        var byDate = events.OrderBy(e => e.Date.Start).ToList();
        foreach (var (name, format) in new[] { ("jsonl", EventFormat.JsonLines), ("plover", EventFormat.Plover), ("csv", EventFormat.Csv) })
        {
            var (exit, output, err) = TestConsole.Run("export", "--db", Backend.Db, "--format", name);
            Assert.True(exit == 0, err);
            Assert.Equal(AsCodeWritesIt(format, article, byDate), output);
            Assert.Contains("exported 3 rows", err);
        }
    }

    [StoreFact]
    public void Phoenix_and_gdelt_rows_have_their_columns()
    {
        Seed();
        var (exit, output, _) = TestConsole.Run("export", "--db", Backend.Db, "--format", "phoenix", "--cameo", "19");
        Assert.Equal(0, exit);
        var row = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(26, row.Length);
        Assert.Equal(PhoenixWriter.Columns.Count, row.Length);
        Assert.Equal(["20200103", "2020", "1", "3", "USAMIL", "USA", "MIL", "", "IRNMIL", "IRN", "MIL", "", "195", "19", "4"], row[1..16]);
        Assert.Equal(["military;terrorism", "33.3152", "44.3661", "Baghdad", "Baghdad", "IQ", "a-nyt-1", "https://example.org/a-nyt-1", "nyt"], row[17..]);

        (exit, output, _) = TestConsole.Run("export", "--db", Backend.Db, "--format", "gdelt");
        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        var strike = rows[0];
        string Col(string name) => strike[GdeltWriter.Columns.ToList().IndexOf(name)];
        Assert.Equal(("20200103", "202001", "USAMIL", "An American drone strike", "USA", "MIL"), (Col("SQLDATE"), Col("MonthYear"), Col("Actor1Code"), Col("Actor1Name"), Col("Actor1CountryCode"), Col("Actor1Type1Code")));
        Assert.Equal(("195", "195", "19", "4", "1", "4", "Baghdad", "98182", "20200115"), (Col("EventCode"), Col("EventBaseCode"), Col("EventRootCode"), Col("QuadClass"), Col("NumMentions"), Col("ActionGeo_Type"), Col("ActionGeo_FullName"), Col("ActionGeo_FeatureID"), Col("DATEADDED")));
    }

    [StoreFact]
    public void Per_cluster_export_lists_every_report()
    {
        using (var store = Open())
        {
            var day = new DateOnly(2020, 1, 3);
            var (a1, e1) = SampleEvents.Report("r1", "nyt", day);
            var (a2, e2) = SampleEvents.Report("r2", "reuters", day.AddDays(1));
            store.StoreBatch([new(a1, [e1]), new(a2, [e2])]);
        }
        var (exit, output, _) = TestConsole.Run("export", "--db", Backend.Db, "--format", "phoenix", "--per-cluster");
        Assert.Equal(0, exit);
        var row = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(["r1;r2", "https://nyt.example/r1;https://reuters.example/r2", "nyt;reuters"], row[23..]);

        (exit, output, _) = TestConsole.Run("query", "--db", Backend.Db, "--clusters", "--min-reports", "2");
        Assert.Equal(0, exit);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + two reports
    }

    [StoreFact]
    public void Parquet_export_reads_back()
    {
        var (_, events) = Seed();
        var path = Path.Combine(Path.GetTempPath(), $"annalist-{Guid.NewGuid():N}.parquet");
        try
        {
            var (exit, _, err) = TestConsole.Run("export", "--db", Backend.Db, "--format", "parquet", "--out", path);
            Assert.True(exit == 0, err);
            using var file = File.OpenRead(path);
            var rows = ParquetEventExporter.Read(file);
            Assert.Equal(events.Select(e => e.Id).Order(), rows.Select(r => r.Id).Order());
            var strike = rows.Single(r => r.CameoCode == "195");
            Assert.Equal(new DateTime(2020, 1, 3), strike.DateStart);
            Assert.Equal(("USAMIL", "IRNMIL", 4, "ASSAULT", "drone"), (strike.ActorCode, strike.RecipientCode, strike.QuadClass, strike.PloverEvent, strike.PloverMode));
            Assert.Equal((33.3152, 44.3661), (strike.Latitude!.Value, strike.Longitude!.Value));
            Assert.Equal(CameoCode.Parse("195").Goldstein, strike.Goldstein);
            Assert.StartsWith("An American drone strike", strike.Evidence);
        }
        finally { File.Delete(path); }
    }

    [StoreFact]
    public void Query_stats_and_plot_commands_read_the_store()
    {
        Seed();
        var (exit, output, _) = TestConsole.Run("query", "--db", Backend.Db, "--actor", "USA", "--from", "2020-01-01", "--to", "2020-01-10");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date\tid", lines[0]);
        Assert.Equal("2020-01-03", Assert.Single(lines[1..]).Split('\t')[0]);

        (exit, output, _) = TestConsole.Run("stats", "--db", Backend.Db, "--period", "month", "--csv");
        Assert.Equal(0, exit);
        lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("period,actor,recipient,events,goldstein_sum", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("2020-01-01,IRQLEG,USAMIL,1,", lines[1]);

        (exit, output, _) = TestConsole.Run("stats", "--db", Backend.Db, "--period", "week");
        Assert.Equal(0, exit);
        Assert.Contains("2019-12-30  USAMIL  IRNMIL", output);

        var png = Path.Combine(Path.GetTempPath(), $"annalist-{Guid.NewGuid():N}.png");
        try
        {
            string err;
            (exit, _, err) = TestConsole.Run("plot", "--db", Backend.Db, "--period", "day", "--out", png);
            Assert.True(exit == 0, err);
            var bytes = File.ReadAllBytes(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.Contains("3 dyads", err);
        }
        finally { File.Delete(png); }
    }

    [StoreFact]
    public void Bad_input_to_the_store_commands_exits_2_with_a_reason()
    {
        Seed();
        void Fails(string expected, params string[] args)
        {
            var (exit, _, err) = TestConsole.Run(args);
            Assert.Equal(2, exit);
            Assert.Contains(expected, err);
        }
        Fails("unknown export format 'xml'", "export", "--db", Backend.Db, "--format", "xml");
        Fails("bad date range", "query", "--db", Backend.Db, "--from", "2020-02-01", "--to", "2020-01-01");
        Fails("bad date range", "export", "--db", Backend.Db, "--format", "csv", "--from", "2020-02-01", "--to", "2020-01-01");
        Fails("bad --from '2020-13-01'", "stats", "--db", Backend.Db, "--from", "2020-13-01");
        Fails("unknown PLOVER event type", "query", "--db", Backend.Db, "--plover", "PARTY");
        Fails("bad --quad", "query", "--db", Backend.Db, "--quad", "7");
        Fails("unknown --period", "stats", "--db", Backend.Db, "--period", "fortnight");
        Fails("parquet is binary", "export", "--db", Backend.Db, "--format", "parquet");
    }

    [StoreFact]
    public void What_code_db_stores_export_gives_back()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "2026-03-12-sample.txt");
        Assert.True(File.Exists(sample), sample);
        var (exit, coded, err) = TestConsole.Run("code", sample, "--db", Backend.Db);
        Assert.True(exit == 0, err);
        var codedLines = coded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(codedLines);

        string exported;
        (exit, exported, err) = TestConsole.Run("export", "--db", Backend.Db, "--format", "jsonl");
        Assert.True(exit == 0, err);
        // export orders by event date, code by position in the text: the same records, field for field
        Assert.Equal(codedLines, exported.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList());

        (exit, _, _) = TestConsole.Run("code", sample, "--db", Backend.Db);
        Assert.Equal(0, exit);
        using var store = Open();
        Assert.Equal(codedLines.Count, store.Counts().Events);
    }
}
