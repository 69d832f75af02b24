using System.Text;
using Annalist.Documents;
using Annalist.Formats;

namespace Annalist.Tests.Formats;

public class ArticleReaderTests
{
    private static readonly ArticleInputOptions Options = new("2026-03-12", "Wire", "https://example.org/1");

    private static ArticleReadResult Text(byte[] bytes, ArticleInputOptions? options = null) =>
        TextArticleReader.Read(bytes, "a.txt", options ?? Options);

    private static List<ArticleReadResult> Jsonl(string content, ArticleInputOptions? options = null) =>
        [.. JsonLinesArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "in.jsonl", options ?? ArticleInputOptions.Default)];

    [Fact]
    public void Text_keeps_the_text_exactly_and_applies_the_options()
    {
        var r = Text(Encoding.UTF8.GetBytes("Line one.\r\nLine  two — é.\n"));
        Assert.True(r.Succeeded);
        Assert.Equal("Line one.\r\nLine  two — é.\n", r.Article.Text);
        Assert.Equal(new DateOnly(2026, 3, 12), r.Article.PublicationDate);
        Assert.Equal("Wire", r.Article.Source);
        Assert.Equal(Article.ContentId(r.Article.Text, "Wire", "https://example.org/1"), r.Article.Id);
    }

    [Fact]
    public void Text_strips_a_utf8_bom() =>
        Assert.Equal("Hi.", Text([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i', (byte)'.']).Article!.Text);

    [Theory]
    [InlineData(new byte[0], DiagnosticIds.EmptyInput, "empty")]
    [InlineData(new byte[] { 32, 10, 9 }, DiagnosticIds.EmptyInput, "whitespace")]
    [InlineData(new byte[] { 65, 0, 66 }, DiagnosticIds.BinaryInput, "NUL byte at offset 1")]
    [InlineData(new byte[] { 65, 66, 0xC3, 0x28 }, DiagnosticIds.InvalidUtf8, "byte offset 2")]
    [InlineData(new byte[] { 65, 0xE2, 0x82 }, DiagnosticIds.InvalidUtf8, "byte offset 1")]
    public void Bad_text_is_a_diagnostic_not_an_exception(byte[] bytes, string id, string reason)
    {
        var r = Text(bytes);
        Assert.False(r.Succeeded);
        Assert.Equal(id, r.Diagnostic.Id);
        Assert.Equal("a.txt", r.Diagnostic.Location);
        Assert.Contains(reason, r.Diagnostic.Message);
    }

    [Fact]
    public void Impossible_date_names_the_reason()
    {
        var r = Text("Text."u8.ToArray(), Options with { Date = "2020-02-30" });
        Assert.Equal(DiagnosticIds.InvalidDate, r.Diagnostic!.Id);
        Assert.Contains("February 2020 has 29 days", r.Diagnostic.Message);
    }

    [Fact]
    public void Oversized_text_is_refused_before_decoding()
    {
        var r = Text(new byte[101], Options with { MaxArticleBytes = 100 });
        Assert.Equal(DiagnosticIds.InputTooLarge, r.Diagnostic!.Id);
        Assert.Contains("--max-article-bytes", r.Diagnostic.Message);
        var s = TextArticleReader.ReadStream(new MemoryStream(new byte[1000]), "<stdin>", Options with { MaxArticleBytes = 100 });
        Assert.Equal(DiagnosticIds.InputTooLarge, s.Diagnostic!.Id);
    }

    [Fact]
    public void Jsonl_reads_fields_ignores_unknown_ones_and_skips_blank_lines()
    {
        var rs = Jsonl("""
            {"id":"x1","date":"2020-01-15","source":"S","url":"u","title":"T","text":"Body one.","extra":{"a":[1,2]},"n":3}

            {"text":"Body two."}
            """);
        Assert.Equal(2, rs.Count);
        var a = rs[0].Article!;
        Assert.Equal(("x1", "Body one.", "S", "u", "T"), (a.Id, a.Text, a.Source, a.Url, a.Title));
        Assert.Equal(new DateOnly(2020, 1, 15), a.PublicationDate);
        Assert.Equal("in.jsonl:1", rs[0].Location);
        Assert.Equal("in.jsonl:3", rs[1].Location);
        Assert.Equal(Article.ContentId("Body two."), rs[1].Article!.Id);
        Assert.Null(rs[1].Article!.PublicationDate);
    }

    [Fact]
    public void Jsonl_timestamps_date_the_article_by_day() =>
        Assert.Equal(new DateOnly(2020, 1, 15), Jsonl("""{"date":"2020-01-15T23:10:00Z","text":"x"}""")[0].Article!.PublicationDate);

    [Fact]
    public void Jsonl_bad_lines_are_reported_with_their_line_and_the_rest_is_read()
    {
        var rs = Jsonl(string.Join("\n",
            """{"text":"ok one"}""",
            """{"text": "unterminated""",
            """["not", "an", "object"]""",
            """{"id":"d","date":"2021-13-01","text":"x"}""",
            """{"date":"2019-02-29","text":"x"}""",
            """{"title":"no text"}""",
            """{"text":42}""",
            """{"text":"ok two"}"""));
        Assert.Equal(8, rs.Count);
        Assert.True(rs[0].Succeeded);
        Assert.True(rs[7].Succeeded);
        Assert.Equal(("in.jsonl:2", DiagnosticIds.MalformedJsonLine), (rs[1].Diagnostic!.Location, rs[1].Diagnostic!.Id));
        Assert.Equal(DiagnosticIds.MalformedJsonLine, rs[2].Diagnostic!.Id);
        Assert.Contains("expected a JSON object", rs[2].Diagnostic!.Message);
        Assert.Equal(DiagnosticIds.InvalidDate, rs[3].Diagnostic!.Id);
        Assert.Contains("month", rs[3].Diagnostic!.Message);
        Assert.Equal(DiagnosticIds.InvalidDate, rs[4].Diagnostic!.Id);
        Assert.Equal(("in.jsonl:6", DiagnosticIds.MissingText), (rs[5].Diagnostic!.Location, rs[5].Diagnostic!.Id));
        Assert.Contains("'text' must be a string", rs[6].Diagnostic!.Message);
    }

    [Fact]
    public void Jsonl_invalid_utf8_and_nul_are_named_as_such()
    {
        var raw = Encoding.Latin1.GetBytes("{\"text\":\"caf\xE9\"}\n");
        var rs = JsonLinesArticleReader.Read(new MemoryStream([.. raw, .. "{\"text\":\"ok\"}\n"u8.ToArray(), .. "{\"text\":\"a\0\"}"u8.ToArray()]),
            "in.jsonl", ArticleInputOptions.Default).ToList();
        Assert.Equal(3, rs.Count);
        Assert.Equal(("in.jsonl:1", DiagnosticIds.InvalidUtf8), (rs[0].Diagnostic!.Location, rs[0].Diagnostic!.Id));
        Assert.True(rs[1].Succeeded);
        Assert.Equal(DiagnosticIds.BinaryInput, rs[2].Diagnostic!.Id);
    }

    [Fact]
    public void Jsonl_line_over_the_limit_is_skipped_and_the_next_line_read()
    {
        var big = "{\"text\":\"" + new string('x', 5000) + "\"}";
        var rs = Jsonl(big + "\r\n" + """{"text":"small"}""" + "\r\n", ArticleInputOptions.Default with { MaxArticleBytes = 1000 });
        Assert.Equal(2, rs.Count);
        Assert.Equal(("in.jsonl:1", DiagnosticIds.InputTooLarge), (rs[0].Diagnostic!.Location, rs[0].Diagnostic!.Id));
        Assert.Equal("small", rs[1].Article!.Text);
    }

    [Fact]
    public void Jsonl_date_falls_back_to_the_option()
    {
        var rs = Jsonl("""{"text":"x"}""", ArticleInputOptions.Default with { Date = "2026-03-12", Source = "S" });
        Assert.Equal(new DateOnly(2026, 3, 12), rs[0].Article!.PublicationDate);
        Assert.Equal("S", rs[0].Article!.Source);
    }

    [Theory]
    [InlineData("2024-02-29", true, "")]
    [InlineData("2023-02-29", false, "February 2023 has 28 days")]
    [InlineData("2020-04-31", false, "April 2020 has 30 days")]
    [InlineData("2020-00-10", false, "months are 01–12")]
    [InlineData("2020-1-5", false, "YYYY-MM-DD")]
    [InlineData("yesterday", false, "YYYY-MM-DD")]
    [InlineData(" 2020-01-05 ", true, "")]
    public void DateText_parses_strictly(string text, bool ok, string reason)
    {
        Assert.Equal(ok, DateText.TryParse(text, out _, out var why));
        Assert.Contains(reason, why);
    }
}
