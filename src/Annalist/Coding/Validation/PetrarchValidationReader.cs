using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Annalist.Documents;

namespace Annalist.Coding.Validation;

/// <summary>
/// Reads PETRARCH validation XML leniently, with regular expressions rather than an XML parser: real files have
/// self-closed and unclosed elements, <c>noevents</c> records, attributes with spaces around '=', quoted actor texts
/// as codes and odd whitespace. Comments are skipped. The <c>&lt;Parse&gt;</c> trees are ignored.
/// </summary>
public static partial class PetrarchValidationReader
{
    public static ValidationFile ReadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e)
        {
            return new ValidationFile(ValidationFormat.Petrarch, [], null, [], [], [], null,
                [new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message)]);
        }
        return Read(text, Path.GetFileName(path));
    }

    public static ValidationFile Read(string text, string name)
    {
        var diags = new List<Diagnostic>();
        // Blank out comments but keep offsets, so line numbers stay right.
        var clean = CommentRegex().Replace(text, m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));
        var env = EnvironmentRegex().Match(clean);
        string? verbs = null;
        var actors = new List<string>();
        var agents = new List<string>();
        var discards = new List<string>();
        ImmutableHashSet<string>? include = null;
        if (env.Success)
        {
            var e = env.Value;
            verbs = Element(e, "Verbfile");
            actors.AddRange(Elements(e, "Actorfile"));
            agents.AddRange(Elements(e, "Agentfile"));
            discards.AddRange(Elements(e, "Discardfile"));
            if (Element(e, "Include") is { } inc)
                include = [.. inc.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];
        }
        var records = ImmutableArray.CreateBuilder<ValidationRecord>();
        foreach (Match m in SentenceRegex().Matches(clean))
        {
            int line = LineOf(clean, m.Index);
            var attrs = m.Groups[1].Value;
            var body = m.Groups[2].Value;
            var id = Attr(attrs, "id") ?? $"{name}:{line}";
            var category = Attr(attrs, "category") ?? "";
            DateOnly? date = null;
            if (Attr(attrs, "date") is { } d)
            {
                if (DateOnly.TryParseExact(d.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dd)) date = dd;
                else diags.Add(new Diagnostic(DiagnosticIds.InvalidDate, Severity.Warning, $"{name}:{line}", $"record {id}: date '{d}' is not YYYYMMDD."));
            }
            var textMatch = TextRegex().Match(body);
            if (!textMatch.Success)
            {
                diags.Add(new Diagnostic(DiagnosticIds.MissingText, Severity.Warning, $"{name}:{line}", $"record {id} has no <Text>."));
                continue;
            }
            var sentence = WhitespaceRegex().Replace(System.Net.WebUtility.HtmlDecode(textMatch.Groups[1].Value), " ").Trim();
            var expected = ImmutableArray.CreateBuilder<ExpectedEvent>();
            foreach (Match ev in CodingRegex().Matches(body))
            {
                var a = ev.Groups[1].Value;
                if (Attr(a, "noevents") is not null || Attr(a, "error") is not null) continue;
                var code = Attr(a, "eventcode");
                if (code is null) continue;
                expected.Add(new ExpectedEvent((Attr(a, "sourcecode") ?? "").Trim(), (Attr(a, "targetcode") ?? "").Trim(), code.Trim()));
            }
            records.Add(new ValidationRecord(id, category, date, sentence, expected.ToImmutable(), line));
        }
        return new ValidationFile(ValidationFormat.Petrarch, records.ToImmutable(), verbs, [.. actors], [.. agents], [.. discards], include, [.. diags]);
    }

    private static int LineOf(string text, int index)
    {
        int n = 1;
        for (int i = 0; i < index; i++) if (text[i] == '\n') n++;
        return n;
    }

    private static string? Element(string xml, string name) => Elements(xml, name).FirstOrDefault();

    private static IEnumerable<string> Elements(string xml, string name) =>
        Regex.Matches(xml, $@"<{name}\s*>(.*?)</{name}\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)
            .Select(m => m.Groups[1].Value.Trim()).Where(v => v.Length > 0);

    /// <summary>An attribute value in double or single quotes, with optional spaces around '='.</summary>
    private static string? Attr(string attrs, string name)
    {
        var m = Regex.Match(attrs, $@"\b{name}\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.IgnoreCase);
        if (!m.Success) return null;
        return m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CommentRegex();

    [GeneratedRegex(@"<Environment\b.*?</Environment\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex EnvironmentRegex();

    // A record runs to its closing tag, or to the next record if the closing tag is missing.
    [GeneratedRegex(@"<Sentence\b([^>]*?)/?>(.*?)(?:</Sentence\s*>|(?=<Sentence\b)|(?=</Sentences\s*>)|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SentenceRegex();

    [GeneratedRegex(@"<Text\s*>(.*?)</Text\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextRegex();

    [GeneratedRegex(@"<EventCoding\b([^>]*?)/?>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CodingRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
