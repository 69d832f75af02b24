using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annalist.Documents;
using Annalist.Formats;
using Annalist.Tests.Support;

namespace Annalist.Tests.Formats;

public partial class EventWriterTests
{
    private static string Render(EventFormat format)
    {
        var doc = SampleEvents.Document();
        using var stream = new MemoryStream();
        using (var writer = EventWriters.Create(format, stream))
        {
            writer.Write(EventContext.Of(doc), doc.Get<EventLayer>().Events);
            writer.Complete();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Native_jsonl_matches_golden() => Golden.Verify("events.native.jsonl", Render(EventFormat.JsonLines));

    [Fact]
    public void Plover_matches_golden() => Golden.Verify("events.plover.jsonl", Render(EventFormat.Plover));

    [Fact]
    public void Csv_matches_golden() => Golden.Verify("events.csv", Render(EventFormat.Csv));

    [Fact]
    public void Native_jsonl_is_one_valid_object_per_line_with_the_required_names()
    {
        var lines = Render(EventFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[0]);
        var paths = Paths(json.RootElement, "").ToHashSet();
        string[] required =
        [
            "id", "article_id", "sentence_index", "date.start", "date.end", "date.precision", "date.basis",
            "actor.code", "actor.text", "actor.start", "actor.end", "actor.country", "actor.sector",
            "recipient.code", "recipient.text", "recipient.start", "recipient.end", "recipient.country", "recipient.sector",
            "cameo.code", "cameo.root", "cameo.quad_class", "cameo.goldstein", "plover.event", "plover.mode", "plover.contexts",
            "location.name", "location.country", "location.admin1", "location.lat", "location.lon",
            "attribution.source_text", "attribution.source_code", "attribution.anonymous", "attribution.cue", "attribution.quote",
            "modality", "evidence.sentence", "evidence.verb_start", "evidence.verb_end", "evidence.rule",
        ];
        var missing = required.Where(r => !paths.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        var root = json.RootElement;
        Assert.Equal("Norland's foreign minister visited Ostrava on Tuesday, officials said.", root.GetProperty("evidence").GetProperty("sentence").GetString());
        Assert.Equal("visited", root.GetProperty("evidence").GetProperty("verb").GetString());
        Assert.Equal("2026-03-10", root.GetProperty("date").GetProperty("start").GetString());
        Assert.Equal("04", root.GetProperty("cameo").GetProperty("root").GetString());
        Assert.Equal(1, root.GetProperty("cameo").GetProperty("quad_class").GetInt32());
    }

    [Fact]
    public void Every_field_and_column_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "formats", "events.md"));
        // Documented names appear in backticks; "`a.b`, `a.c`" and "`a.b`" both count.
        var documented = DocumentedNames().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet();
        var names = new HashSet<string>();
        foreach (var line in Render(EventFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            foreach (var p in Paths(json.RootElement, "")) names.Add(p);
        }
        foreach (var c in Render(EventFormat.Csv).Split("\r\n")[0].Split(',')) names.Add(c);
        using (var plover = JsonDocument.Parse(Render(EventFormat.Plover).Split('\n')[0]))
            foreach (var p in plover.RootElement.EnumerateObject()) names.Add(p.Name);
        var missing = names.Where(n => !documented.Contains(n)).Order().ToList();
        Assert.True(missing.Count == 0, "undocumented in docs/formats/events.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Csv_has_a_header_even_without_events_and_quotes_correctly()
    {
        using var stream = new MemoryStream();
        using (var writer = EventWriters.Create(EventFormat.Csv, stream)) writer.Complete();
        var header = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("id,article_id,sentence_index,", header);
        Assert.EndsWith("\r\n", header);

        var csv = Render(EventFormat.Csv);
        // The title holds a comma and quotes; the url a comma: both must be quoted, quotes doubled.
        Assert.Contains("\"Talks, \"\"at last\"\"\"", csv);
        Assert.Contains("\"https://example.org/a?x=1,2\"", csv);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Plover_offsets_point_into_the_sentence_text()
    {
        var lines = Render(EventFormat.Plover).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(lines[1]);
        var r = json.RootElement;
        var text = r.GetProperty("text").GetString()!;
        var info = r.GetProperty("text_info");
        int start = info.GetProperty("event_start").GetInt32(), end = info.GetProperty("event_end").GetInt32();
        Assert.Equal("reject", text[start..end]);
        Assert.Equal("REJECT", r.GetProperty("event").GetString());
        Assert.Equal("possible", r.GetProperty("modality").GetString());
    }

    [Fact]
    public void Non_ascii_text_is_written_readably()
    {
        var article = new Article("a1", "Zürich — “quoted”.");
        var doc = new Document(article).With(new SentenceLayer([new Sentence(0, 1, new TextSpan(0, article.Text.Length))]));
        var e = SampleEvents.Events()[1] with { Evidence = new Evidence(0, null, new TextSpan(0, 6), null, "r") };
        using var stream = new MemoryStream();
        using (var w = EventWriters.Create(EventFormat.JsonLines, stream)) { w.Write(EventContext.Of(doc), [e]); w.Complete(); }
        var line = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("Zürich — “quoted”.", line);
        Assert.Contains("\"verb\":\"Zürich\"", line);
    }

    private static IEnumerable<string> Paths(JsonElement e, string prefix)
    {
        if (e.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in e.EnumerateObject())
        {
            var path = prefix.Length == 0 ? p.Name : prefix + "." + p.Name;
            yield return path;
            foreach (var inner in Paths(p.Value, path)) yield return inner;
        }
    }

    [GeneratedRegex(@"`([a-z0-9_.]+)`")]
    private static partial Regex DocumentedNames();
}
