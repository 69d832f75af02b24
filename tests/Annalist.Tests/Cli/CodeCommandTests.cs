using System.CommandLine;
using Annalist.Cli;
using Annalist.Cli.Commands;
using Annalist.Documents;
using Annalist.Storage;
using Annalist.Tests.Support;

namespace Annalist.Tests.Cli;

public class CodeCommandTests
{
    private const string Story = "The government of Norland agreed to a ceasefire on Tuesday. Talks will resume next week.";

    [Fact]
    public void The_readme_command_on_the_sample_exits_0()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var (exit, _, err) = TestConsole.Run("code", samples, "--date", "2026-03-12");
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains("1 article coded", err);
        Assert.DoesNotContain("error", err);
    }

    [Fact]
    public void Sample_is_our_fifteen_sentence_article()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt");
        Assert.Single(files);
        var doc = Annalist.Pipeline.EngineFactory.Create(new(new Annalist.Pipeline.DataDirectory("data")))
            .Run(new Article("s", File.ReadAllText(files[0])));
        Assert.InRange(doc.Get<SentenceLayer>().Count, 14, 18);
    }

    [Fact]
    public void Bad_inputs_each_get_one_error_line_and_the_rest_is_processed()
    {
        using var dir = new TempFolder();
        dir.Write("good.txt", Story);
        dir.Write("empty.txt", "");
        dir.WriteBytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]);
        dir.WriteBytes("latin1.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " au lait."u8.ToArray()]);
        dir.Write("more/records.jsonl", string.Join("\n",
            """{"id":"j1","date":"2026-03-10","text":"Troops withdrew from the village."}""",
            """{"id":"j2","text":""",
            """{"id":"j3","date":"2026-02-30","text":"Protesters marched."}""",
            """{"id":"j4","date":"2026-03-11","text":"Dock workers went on strike."}"""));
        var (exit, _, err) = TestConsole.Run("code", dir.Root, "--date", "2026-03-12");
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines, l => l.Contains(DiagnosticIds.EmptyInput) && l.Contains("empty.txt"));
        Assert.Single(lines, l => l.Contains(DiagnosticIds.BinaryInput) && l.Contains("binary.txt"));
        Assert.Single(lines, l => l.Contains(DiagnosticIds.InvalidUtf8) && l.Contains("latin1.txt") && l.Contains("byte offset 3"));
        Assert.Single(lines, l => l.Contains(DiagnosticIds.MalformedJsonLine) && l.Contains("records.jsonl:2"));
        Assert.Single(lines, l => l.Contains(DiagnosticIds.InvalidDate) && l.Contains("records.jsonl:3") && l.Contains("February 2026 has 28 days"));
        Assert.Contains("3 articles coded", err);
        Assert.Contains("5 records failed", err);
        Assert.All(lines.Where(l => l.StartsWith("error")), l => Assert.Matches(@"^error ANN\d{4}: \S.*: .+", l));
    }

    [Fact]
    public void Impossible_date_option_fails_each_text_article_it_would_date()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.txt", Story);
        var j = dir.Write("b.jsonl", """{"date":"2026-03-10","text":"Troops withdrew."}""");
        var (exit, _, err) = TestConsole.Run("code", a, j, "--date", "2020-02-30");
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        Assert.Contains($"error {DiagnosticIds.InvalidDate}: {a}: --date: '2020-02-30' is not a real day: February 2020 has 29 days", err);
        Assert.Contains("1 article coded", err);
    }

    [Fact]
    public void A_50_MB_article_is_refused_by_the_size_limit_without_loading_it()
    {
        using var dir = new TempFolder();
        var big = dir.PathOf("big.txt");
        using (var f = File.Create(big)) f.SetLength(50L * 1024 * 1024);
        dir.Write("small.txt", Story);
        var (exit, _, err) = TestConsole.Run("code", dir.Root, "--date", "2026-03-12");
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        Assert.Contains($"error {DiagnosticIds.InputTooLarge}: {big}: 52,428,800 bytes is over the article size limit of 10,485,760 bytes", err);
        Assert.Contains("1 article coded", err);

        // The limit is configurable.
        var (exit2, _, err2) = TestConsole.Run("code", dir.PathOf("small.txt"), "--max-article-bytes", "10");
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit2);
        Assert.Contains(DiagnosticIds.InputTooLarge, err2);
    }

    [Fact]
    public void Stdin_is_read_with_a_dash()
    {
        var (exit, _, err) = TestConsole.RunWithInput(Story, "code", "-", "--date", "2026-03-12");
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Contains("1 article coded", err);

        var (exit2, _, err2) = TestConsole.RunWithInput("""{"text":"a"}""" + "\n" + """{"text":"b"}""", "code", "-", "--input-format", "jsonl");
        Assert.True(exit2 == ExitCodes.Ok, err2);
        Assert.Contains("2 articles coded", err2);
    }

    [Fact]
    public void Missing_path_is_a_failed_record_and_others_still_run()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.txt", Story);
        var (exit, _, err) = TestConsole.Run("code", dir.PathOf("nope.txt"), a);
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        Assert.Contains($"error {DiagnosticIds.UnreadableFile}: {dir.PathOf("nope.txt")}: no such file or folder", err);
        Assert.Contains("1 article coded", err);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--max-article-bytes", "0")]
    [InlineData("--modality", "maybe")]
    [InlineData("--threads", "0")]
    [InlineData("--no-such-option", "1")]
    public void Bad_usage_exits_2(string option, string value)
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.txt", Story);
        var (exit, _, err) = TestConsole.Run("code", a, option, value);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error", err);
    }

    [Fact]
    public void No_input_is_usage_error() => Assert.Equal(ExitCodes.Usage, TestConsole.Run("code").Exit);

    [Fact]
    public void Csv_format_writes_the_header_and_out_writes_a_file()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.txt", Story);
        var (exit, stdout, _) = TestConsole.Run("code", a, "--format", "csv");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("id,article_id,sentence_index,date_start,", stdout);

        var outFile = dir.PathOf("events.jsonl");
        var (exit2, stdout2, _) = TestConsole.Run("code", a, "--out", outFile, "-q");
        Assert.Equal(ExitCodes.Ok, exit2);
        Assert.Equal("", stdout2);
        Assert.True(File.Exists(outFile));
    }

    [Fact]
    public void Help_documents_the_options()
    {
        var (exit, stdout, _) = TestConsole.Run("code", "--help");
        Assert.Equal(ExitCodes.Ok, exit);
        foreach (var o in new[] { "--date", "--source", "--url", "--format", "--out", "--db", "--max-article-bytes", "--input-format" })
            Assert.Contains(o, stdout);
    }

    [Fact]
    public void Db_stores_every_article_through_the_store_interface()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Story);
        dir.Write("b.txt", "Protesters marched in the capital.");
        var store = new RecordingStore();
        string? opened = null;
        var console = new TestConsole();
        var root = new RootCommand { CodeCommand.Create(console, db => { opened = db; return store; }) };
        var exit = root.Parse(["code", dir.Root, "--db", "events.db", "--date", "2026-03-12"]).Invoke();
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("events.db", opened);
        Assert.Equal(2, store.Articles.Count);
        Assert.All(store.Articles, a => Assert.Equal(new DateOnly(2026, 3, 12), a.PublicationDate));
        Assert.True(store.Disposed);
        Assert.Contains("written and stored", console.ErrorWriter.ToString());
    }

    [Fact]
    public void Db_stores_articles_in_sqlite_once_however_often_coded()
    {
        using var dir = new TempFolder();
        dir.Write("in/a.txt", Story);
        dir.Write("in/b.jsonl", """{"id":"j1","date":"2026-03-10","text":"Troops withdrew from the village."}""");
        var db = dir.PathOf("events.db");
        for (int i = 0; i < 2; i++)
        {
            var (exit, _, err) = TestConsole.Run("code", dir.PathOf("in"), "--db", db, "--date", "2026-03-12");
            Assert.True(exit == ExitCodes.Ok, err);
        }
        using var store = EventStores.Open(db, createIfMissing: false);
        Assert.Equal(2, store.Counts().Articles);
        Assert.Equal(new DateOnly(2026, 3, 10), store.GetArticle("j1")!.Article.PublicationDate);
    }

    [Fact]
    public void Db_that_cannot_be_opened_is_a_usage_error()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", Story);
        var console = new TestConsole();
        var root = new RootCommand { CodeCommand.Create(console, _ => throw new IOException("disk on fire")) };
        Assert.Equal(ExitCodes.Usage, root.Parse(["code", dir.Root, "--db", "x.db"]).Invoke());
        Assert.Contains("disk on fire", console.ErrorWriter.ToString());
    }

    /// <summary>Records what the command stores; the query side is not used by <c>code</c>.</summary>
    private sealed class RecordingStore : IEventStore
    {
        public List<Article> Articles { get; } = [];
        public bool Disposed { get; private set; }

        public StoreResult Store(Article article, IReadOnlyList<CodedEvent> events) => StoreBatch([new IngestItem(article, events)]);

        public StoreResult StoreBatch(IReadOnlyList<IngestItem> items)
        {
            Articles.AddRange(items.Select(i => i.Article));
            return new StoreResult(items.Count, items.Sum(i => i.Events.Count));
        }

        public IEnumerable<StoredEvent> Query(EventQuery query) => throw new NotSupportedException();
        public IReadOnlyList<EventCluster> Clusters(EventQuery query, int minReports = 1) => throw new NotSupportedException();
        public IReadOnlyList<DyadPeriodStat> Aggregate(EventQuery query, AggregatePeriod period) => throw new NotSupportedException();
        public StoredArticle? GetArticle(string articleId) => throw new NotSupportedException();
        public StoreCounts Counts() => throw new NotSupportedException();
        public void Dispose() => Disposed = true;
    }
}
