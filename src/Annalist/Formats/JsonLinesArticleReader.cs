using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// Reads articles from JSON Lines: one object per line with <c>id</c>, <c>date</c>, <c>source</c>, <c>url</c>,
/// <c>title</c> and <c>text</c> (only <c>text</c> is required; unknown fields are ignored; blank lines are skipped).
/// Each bad line becomes a diagnostic naming <c>file:line</c>; the lines after it are still read.
/// </summary>
public static class JsonLinesArticleReader
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static IEnumerable<ArticleReadResult> Read(Stream stream, string location, ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var line in new Utf8LineReader(stream, options.MaxArticleBytes).ReadLines())
        {
            var where = $"{location}:{line.Number}";
            if (line.TooLong)
            {
                yield return TextArticleReader.TooLarge(where, line.Length, options);
                continue;
            }
            var bytes = line.Bytes.Span;
            if (line.Number == 1 && bytes.StartsWith(Bom)) bytes = bytes[3..];
            if (bytes.Trim(" \t\r"u8).IsEmpty) continue;
            yield return ParseLine(bytes, where, options);
        }
    }

    /// <summary>Parses one JSON object into an article; <paramref name="location"/> names the line in messages.</summary>
    public static ArticleReadResult ParseLine(ReadOnlySpan<byte> line, string location, ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (line.Length > options.MaxArticleBytes) return TextArticleReader.TooLarge(location, line.Length, options);
        // Decode strictly first, so that bad bytes are reported as such and not as a JSON syntax error.
        var json = TextDecoding.Decode(line, location, out var problem);
        if (json is null) return ArticleReadResult.Fail(problem!.Id, problem.Location, problem.Message);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Malformed(location, $"not valid JSON ({FirstSentence(e.Message)})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Malformed(location, $"expected a JSON object, found {Describe(root.ValueKind)}");
            string? id = null, date = null, source = null, url = null, title = null, text = null;
            foreach (var p in root.EnumerateObject())
            {
                string? value;
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.String: value = p.Value.GetString(); break;
                    case JsonValueKind.Null: value = null; break;
                    case JsonValueKind.Number when p.Name == "id": value = p.Value.GetRawText(); break;
                    default:
                        if (p.Name is "id" or "date" or "source" or "url" or "title" or "text")
                            return Malformed(location, $"field '{p.Name}' must be a string, found {Describe(p.Value.ValueKind)}");
                        continue;
                }
                switch (p.Name)
                {
                    case "id": id = value; break;
                    case "date": date = value; break;
                    case "source": source = value; break;
                    case "url": url = value; break;
                    case "title": title = value; break;
                    case "text": text = value; break;
                }
            }
            if (string.IsNullOrWhiteSpace(text))
                return ArticleReadResult.Fail(DiagnosticIds.MissingText, location,
                    text is null ? "no 'text' field: each line needs the article text" : "'text' is empty");
            source ??= options.Source;
            url ??= options.Url;
            date ??= options.Date;
            DateOnly? day = null;
            if (!string.IsNullOrWhiteSpace(date))
            {
                if (!DateText.TryParse(date, out var d, out var reason)) return ArticleReadResult.Fail(DiagnosticIds.InvalidDate, location, $"date: {reason}");
                day = d;
            }
            if (string.IsNullOrWhiteSpace(id)) id = Article.ContentId(text, source, url);
            return ArticleReadResult.Ok(new Article(id.Trim(), text, day, source, url, title), location);
        }
    }

    private static ArticleReadResult Malformed(string location, string message) =>
        ArticleReadResult.Fail(DiagnosticIds.MalformedJsonLine, location, message);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
