using System.Collections.Immutable;
using System.Globalization;
using Annalist.Actors.Petrarch;
using Annalist.Documents;

namespace Annalist.Actors;

/// <summary>
/// Reads Annalist's own actor lexicon format (<c>*.lex</c>, see docs/formats/actors.md): one record a line,
/// <c>kind CODE: phrase | phrase</c>, and <c>person: Name | Alias</c> followed by indented
/// <c>CODE yyyy-mm-dd..yyyy-mm-dd</c> role lines. Bad lines become diagnostics with file:line.
/// </summary>
public static class LexiconFile
{
    public static ActorLexicon Load(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        var actors = new List<ActorEntry>();
        var agents = new List<AgentEntry>();
        foreach (var path in paths)
        {
            try
            {
                using var reader = new StreamReader(path);
                Read(reader, path, diagnostics, actors, agents);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message));
            }
        }
        return new ActorLexicon(actors, agents);
    }

    public static ActorLexicon Parse(TextReader reader, string source, ICollection<Diagnostic> diagnostics)
    {
        var actors = new List<ActorEntry>();
        var agents = new List<AgentEntry>();
        Read(reader, source, diagnostics, actors, agents);
        return new ActorLexicon(actors, agents);
    }

    private static void Read(TextReader reader, string source, ICollection<Diagnostic> diags, List<ActorEntry> actors, List<AgentEntry> agents)
    {
        int lineNo = 0;
        (string Name, ImmutableArray<LexiconPhrase> Phrases, List<DatedCode> Roles, int Line)? person = null;
        var seen = new Dictionary<(string Kind, LexiconPhrase Phrase), string>();
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            int hash = raw.IndexOf('#');
            var line = hash < 0 ? raw : raw[..hash];
            if (string.IsNullOrWhiteSpace(line)) continue;
            var loc = $"{source}:{lineNo}";
            if (char.IsWhiteSpace(line[0]))
            {
                if (person is null)
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "indented role line outside a person record."));
                    continue;
                }
                if (ParseRole(line.Trim(), loc, diags) is { } role) person.Value.Roles.Add(role);
                continue;
            }
            FlushPerson();
            int colon = line.IndexOf(':');
            if (colon < 0)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "expected 'kind CODE: phrase | phrase' or 'person: Name | Alias'."));
                continue;
            }
            var head = line[..colon].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var phrases = Phrases(line[(colon + 1)..]);
            if (phrases.IsEmpty)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "no phrases after ':'."));
                continue;
            }
            var kindWord = head.Length > 0 ? head[0].ToLowerInvariant() : "";
            if (kindWord == "person")
            {
                if (head.Length != 1)
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "a person takes its codes on indented role lines, not after 'person'."));
                person = (line[(colon + 1)..].Split('|')[0].Trim(), phrases, [], lineNo);
                CheckDuplicates("person", phrases, loc);
                continue;
            }
            if (head.Length != 2)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "expected exactly a kind and a code before ':'."));
                continue;
            }
            var code = head[1].ToUpperInvariant();
            if (kindWord == "agent")
            {
                bool prefix = code.EndsWith('~');
                code = code.TrimEnd('~').TrimStart('~');
                if (!PetrarchSyntax.IsValidCode(code) || code == DatedCode.NullCode)
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, loc, $"'{code}' is not an agent code (3-character blocks of A-Z and 0-9)."));
                    continue;
                }
                CheckDuplicates("agent", phrases, loc);
                var withPlurals = phrases.SelectMany(p => new[] { p, Plural(p) }).Distinct();
                agents.Add(new AgentEntry([.. withPlurals], code, prefix, loc));
                continue;
            }
            ActorEntryKind? kind = kindWord switch
            {
                "country" => ActorEntryKind.Country,
                "demonym" => ActorEntryKind.Demonym,
                "capital" => ActorEntryKind.Capital,
                "city" => ActorEntryKind.City,
                "org" => ActorEntryKind.Organization,
                "group" => ActorEntryKind.ArmedGroup,
                "actor" => ActorEntryKind.Unspecified,
                "title" => ActorEntryKind.Title,
                _ => null,
            };
            if (kind is null)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, $"unknown kind '{head[0]}' (country, demonym, capital, city, org, group, actor, title, agent, person)."));
                continue;
            }
            if (!PetrarchSyntax.IsValidCode(code))
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, loc, $"'{code}' is not an actor code (3-character blocks of A-Z and 0-9)."));
                continue;
            }
            CheckDuplicates("actor", phrases, loc);
            actors.Add(new ActorEntry(line[(colon + 1)..].Split('|')[0].Trim(), phrases, [new DatedCode(code)], kind.Value, loc));
        }
        FlushPerson();

        void FlushPerson()
        {
            if (person is not { } p) return;
            if (p.Roles.Count == 0)
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, $"{source}:{p.Line}", $"person '{p.Name}' has no role lines."));
            else actors.Add(new ActorEntry(p.Name, p.Phrases, [.. p.Roles], ActorEntryKind.Person, $"{source}:{p.Line}"));
            person = null;
        }

        void CheckDuplicates(string kind, ImmutableArray<LexiconPhrase> phrases, string loc)
        {
            var k = kind == "person" ? "actor" : kind;
            foreach (var p in phrases)
            {
                if (seen.TryGetValue((k, p), out var other))
                {
                    // Spelling variants of one record that normalise alike ("al-Qaeda", "al Qaeda") are fine.
                    if (other != loc)
                        diags.Add(new Diagnostic(DiagnosticIds.LexiconDuplicate, Severity.Warning, loc, $"phrase '{p}' is already defined at {other}."));
                }
                else seen[(k, p)] = loc;
            }
        }
    }

    private static ImmutableArray<LexiconPhrase> Phrases(string text) =>
        [.. text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => SplitPossessives(PhraseNormalizer.Phrase(p)) with { Acronym = IsAcronym(p) }).Where(p => p.Words.Length > 0)];

    /// <summary>
    /// Text words come with the possessive apart ("People" "'s", "Workers" "'"), so phrases are split the same way:
    /// "Democratic People's Republic of Korea", "Kurdistan Workers' Party".
    /// </summary>
    private static LexiconPhrase SplitPossessives(LexiconPhrase p)
    {
        if (!p.Words.Any(w => w.Length > 2 && w.EndsWith("'s", StringComparison.Ordinal) || w.Length > 1 && w.EndsWith('\''))) return p;
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var w in p.Words)
        {
            if (w.Length > 2 && w.EndsWith("'s", StringComparison.Ordinal)) { words.Add(w[..^2]); words.Add("'s"); }
            else if (w.Length > 1 && w.EndsWith('\'')) { words.Add(w[..^1]); words.Add("'"); }
            else words.Add(w);
        }
        return p with { Words = words.ToImmutable() };
    }

    private static bool IsAcronym(string p) =>
        p.Count(char.IsLetter) >= 2 && !p.Any(char.IsWhiteSpace) && p.Where(char.IsLetter).All(char.IsUpper);

    private static LexiconPhrase Plural(LexiconPhrase p)
    {
        var last = p.Words[^1];
        if (last.EndsWith('s') || !char.IsLetter(last[^1])) return p;
        return new LexiconPhrase(p.Words.SetItem(p.Words.Length - 1, PetrarchAgentReader.RegularPlural(last)));
    }

    /// <summary>Parses "CODE", "CODE yyyy-mm-dd..", "CODE ..yyyy-mm-dd" or "CODE yyyy-mm-dd..yyyy-mm-dd".</summary>
    private static DatedCode? ParseRole(string text, string loc, ICollection<Diagnostic> diags)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var code = parts[0].ToUpperInvariant();
        if (!PetrarchSyntax.IsValidCode(code))
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, loc, $"'{code}' is not an actor code."));
            return null;
        }
        if (parts.Length == 1) return new DatedCode(code);
        var range = string.Concat(parts[1..]);
        int dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0 || !Date(range[..dots], out var from) || !Date(range[(dots + 2)..], out var to))
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadDate, Severity.Error, loc, $"bad role dates '{range}': expected yyyy-mm-dd..yyyy-mm-dd, either side may be empty."));
            return null;
        }
        if (from is { } f && to is { } t && t < f)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadDate, Severity.Error, loc, $"role dates '{range}' end before they start."));
            return null;
        }
        return new DatedCode(code, from, to);

        static bool Date(string s, out DateOnly? d)
        {
            d = null;
            if (s.Length == 0) return true;
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)) return false;
            d = v;
            return true;
        }
    }
}
