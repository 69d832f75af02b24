using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>
/// Reads a PETRARCH agents dictionary: <c>!MARKER! = A, B</c> substitution sets, and entries
/// <c>PHRASE {plural} [~CODE]</c> (code after the actor's) or <c>[CODE~]</c> (before it). Regular plurals are generated
/// unless <c>{}</c> is given; phrases made by substitution get no plural.
/// </summary>
internal static class PetrarchAgentReader
{
    public static IEnumerable<AgentEntry> Read(TextReader reader, string source, ICollection<Diagnostic> diags)
    {
        var result = new List<AgentEntry>();
        var markers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        bool inComment = false;
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (PetrarchSyntax.InXmlComment(raw, ref inComment)) continue;
            var line = PetrarchSyntax.StripComment(raw).Trim();
            if (line.Length == 0) continue;
            var loc = $"{source}:{lineNo}";
            if (line[0] == '!' && line.IndexOf('=') is > 0 and var eq && !line.Contains('['))
            {
                var name = line[..eq].Trim().Trim('!');
                markers[name] = line[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            var (text, brackets, unclosed) = PetrarchSyntax.SplitBrackets(line);
            if (unclosed || brackets.Count != 1)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc,
                    unclosed ? "'[' without a closing ']'." : $"expected one [~CODE] or [CODE~], found {brackets.Count}."));
                continue;
            }
            var code = brackets[0].Trim().ToUpperInvariant();
            bool prefix;
            if (code.StartsWith('~')) { prefix = false; code = code[1..].Trim(); }
            else if (code.EndsWith('~')) { prefix = true; code = code[..^1].Trim(); }
            else
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, $"agent code '{brackets[0].Trim()}' needs '~' before (role) or after (prefix)."));
                continue;
            }
            if (!PetrarchSyntax.IsValidCode(code) || code == DatedCode.NullCode)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Error, loc, $"'{code}' is not an agent code (3-character blocks of A-Z and 0-9)."));
                continue;
            }
            // Phrase and optional {plural}.
            string phrase = text;
            string? plural = null;
            int brace = text.IndexOf('{');
            if (brace >= 0)
            {
                int close = text.IndexOf('}', brace);
                if (close < 0)
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "'{' without a closing '}'."));
                    continue;
                }
                phrase = text[..brace];
                plural = text[(brace + 1)..close].Trim();
            }
            phrase = phrase.Trim();
            if (phrase.Length == 0)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "agent entry without a phrase."));
                continue;
            }
            var phrases = new List<LexiconPhrase>();
            if (phrase.Contains('!'))
            {
                var expanded = Expand(phrase, markers, loc, diags);
                if (expanded is null) continue;
                foreach (var e in expanded) phrases.Add(PhraseNormalizer.Phrase(e));
            }
            else
            {
                phrases.Add(PhraseNormalizer.Phrase(phrase));
                if (plural is null) phrases.Add(PhraseNormalizer.Phrase(RegularPlural(phrase.TrimEnd('_'))));
                else if (plural.Length > 0) phrases.Add(PhraseNormalizer.Phrase(plural));
            }
            result.Add(new AgentEntry([.. phrases.Where(p => p.Words.Length > 0).Distinct()], code, prefix, loc));
        }
        return result;
    }

    private static List<string>? Expand(string phrase, Dictionary<string, string[]> markers, string loc, ICollection<Diagnostic> diags)
    {
        int a = phrase.IndexOf('!');
        int b = phrase.IndexOf('!', a + 1);
        if (b < 0)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "unclosed !MARKER!."));
            return null;
        }
        var name = phrase[(a + 1)..b];
        if (!markers.TryGetValue(name, out var items))
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, $"substitution marker !{name}! is not defined above this line."));
            return null;
        }
        var result = new List<string>();
        foreach (var item in items)
        {
            var s = phrase[..a] + item + phrase[(b + 1)..];
            if (s.Contains('!'))
            {
                var more = Expand(s, markers, loc, diags);
                if (more is null) return null;
                result.AddRange(more);
            }
            else result.Add(s);
        }
        return result;
    }

    /// <summary>PETRARCH's regular plural of the last word: +IES after Y, +ES after SS, else +S.</summary>
    internal static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith('Y') || phrase.EndsWith('y')) return phrase[..^1] + (char.IsUpper(phrase[^1]) ? "IES" : "ies");
        if (phrase.EndsWith("SS", StringComparison.OrdinalIgnoreCase)) return phrase + (char.IsUpper(phrase[^1]) ? "ES" : "es");
        return phrase + (phrase.Length > 0 && char.IsUpper(phrase[^1]) ? "S" : "s");
    }
}
