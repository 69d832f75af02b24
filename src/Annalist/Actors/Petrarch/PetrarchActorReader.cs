using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>
/// Reads a PETRARCH/TABARI actor dictionary: a primary phrase line (optionally with codes), '+' synonym lines, and
/// indented date-restriction lines <c>[CODE yymmdd-yymmdd]</c>, <c>[CODE &gt;yymmdd]</c>, <c>[CODE &lt;yymmdd]</c>.
/// Bad lines are reported with file:line and skipped.
/// </summary>
internal static class PetrarchActorReader
{
    private sealed class Pending(string name, int line)
    {
        public readonly string Name = name;
        public readonly int Line = line;
        public readonly List<LexiconPhrase> Phrases = [];
        public readonly List<DatedCode> Codes = [];
    }

    public static IEnumerable<ActorEntry> Read(TextReader reader, string source, ICollection<Diagnostic> diags)
    {
        var result = new List<ActorEntry>();
        Pending? cur = null;
        bool inComment = false;
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (PetrarchSyntax.InXmlComment(raw, ref inComment)) continue;
            var line = PetrarchSyntax.StripComment(raw);
            if (string.IsNullOrWhiteSpace(line)) continue;
            var loc = new LineRef(source, lineNo);
            var trimmed = line.Trim();
            bool indented = char.IsWhiteSpace(line[0]);
            if (trimmed[0] == '[')
            {
                if (cur is null)
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "date restriction before any actor phrase."));
                    continue;
                }
                var (_, restrictionCodes, restrictionUnclosed) = PetrarchSyntax.SplitBrackets(trimmed);
                AddCodes(cur, restrictionCodes, restrictionUnclosed, loc, diags);
                continue;
            }
            if (indented && trimmed[0] != '+')
            {
                // An indented phrase is most likely a primary phrase with stray leading blanks; say so, then accept it.
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Warning, loc, "indented line is neither a date restriction nor a synonym; read as a new actor."));
            }
            if (trimmed[0] == '+')
            {
                if (cur is null)
                {
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "synonym before any actor phrase."));
                    continue;
                }
                var (text, synCodes, synUnclosed) = PetrarchSyntax.SplitBrackets(trimmed);
                foreach (var syn in text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddPhrase(cur, syn, loc, diags);
                AddCodes(cur, synCodes, synUnclosed, loc, diags);
                continue;
            }
            var (primary, primaryCodes, primaryUnclosed) = PetrarchSyntax.SplitBrackets(trimmed);
            // Phoenix lists several primary phrases without codes before one block of restrictions: they share it.
            if (cur is not null && cur.Codes.Count == 0 && primaryCodes.Count == 0 && cur.Phrases.Count > 0)
            {
                AddPhrase(cur, primary.Trim(), loc, diags);
                continue;
            }
            Flush();
            cur = new Pending(primary.Replace('_', ' ').Trim(), lineNo);
            AddPhrase(cur, primary.Trim(), loc, diags);
            AddCodes(cur, primaryCodes, primaryUnclosed, loc, diags);
        }
        Flush();
        if (inComment)
            diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Warning, $"{source}:{lineNo}", "unclosed <!-- comment at end of file."));
        return result;

        void Flush()
        {
            if (cur is null) return;
            if (cur.Phrases.Count > 0)
            {
                if (cur.Codes.Count == 0)
                    diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Info, $"{source}:{cur.Line}", $"actor '{cur.Name}' has no code; it matches but codes nothing."));
                result.Add(new ActorEntry(cur.Name, [.. cur.Phrases], [.. cur.Codes], ActorEntryKind.Unspecified, $"{source}:{cur.Line}"));
            }
            cur = null;
        }
    }

    private static void AddPhrase(Pending cur, string text, LineRef loc, ICollection<Diagnostic> diags)
    {
        var t = text.Trim();
        if (t.Length == 0) return;
        var words = PhraseNormalizer.Words(t);
        if (words.Length == 0)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, $"empty phrase '{t}'."));
            return;
        }
        // A phrase without a trailing '_' is a stem in TABARI: its last word may continue ("ARGENTIN"). A stem of
        // fewer than four letters would match far too much ("THE_KU" is not "the Kuwait government"): whole word only.
        cur.Phrases.Add(new LexiconPhrase(words, StemLast: !t.EndsWith('_') && words[^1].Length >= 4));
    }

    private static void AddCodes(Pending cur, List<string> brackets, bool unclosed, LineRef loc, ICollection<Diagnostic> diags)
    {
        if (unclosed) diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, loc, "'[' without a closing ']'."));
        foreach (var b in brackets)
            if (PetrarchSyntax.ParseDatedCode(b, loc, diags) is { } c) cur.Codes.Add(c);
    }
}
