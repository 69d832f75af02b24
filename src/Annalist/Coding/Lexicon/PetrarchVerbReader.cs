using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Annalist.Documents;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synsets (<c>&amp;NAME</c> then
/// <c>+phrase</c> lines), verb blocks (<c>--- NAME [code] ---</c>, verb lines with optional <c>{forms}</c> and
/// <c>[code]</c>, multi-word verbs marked with <c>+</c>), and patterns (<c>- before * after [code]</c> with
/// <c>$ + % ^</c>, <c>&amp;SYNSET</c>, <c>_</c> joiners, <c>{noun phrase}</c> and <c>(prep phrase)</c>). Transformation
/// lines (<c>~</c>) are reported and skipped. Never throws on bad data: each problem becomes a diagnostic with its line.
/// </summary>
public static partial class PetrarchVerbReader
{
    public static LexiconLoadResult ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            return Read(File.ReadAllLines(path), name);
        }
        catch (IOException e)
        {
            return new LexiconLoadResult(new VerbLexicon(name, []),
                [new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message)]);
        }
    }

    public static LexiconLoadResult Read(IReadOnlyList<string> lines, string name)
    {
        var state = new ReaderState(name);
        for (int i = 0; i < lines.Count; i++) state.Line(lines[i], i + 1);
        return state.Finish();
    }

    private sealed class ReaderState(string name)
    {
        private readonly Dictionary<string, List<ImmutableArray<string>>> _synsets = new(StringComparer.Ordinal);
        private readonly List<VerbPattern> _patterns = [];
        private readonly Dictionary<string, string> _forms = new(StringComparer.Ordinal);
        private readonly List<Diagnostic> _diagnostics = [];
        private List<ImmutableArray<string>>? _currentSynset;
        private string? _blockCode;
        private string? _blockPaired;
        private readonly List<(string Head, ImmutableArray<string> Before, ImmutableArray<string> After)> _blockVerbs = [];
        private bool _inXmlComment;
        private int _transformations;

        public void Line(string raw, int number)
        {
            var line = raw;
            if (_inXmlComment)
            {
                if (line.Contains("-->")) _inXmlComment = false;
                return;
            }
            if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                if (!line.Contains("-->")) _inXmlComment = true;
                return;
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) return;

            if (_currentSynset is not null && line[0] == '+')
            {
                foreach (var alt in Expand(line[1..].Trim(), number)) _currentSynset.Add(alt);
                return;
            }
            _currentSynset = null;

            if (line[0] == '&')
            {
                var label = line.TrimEnd('_').Trim();
                _currentSynset = [];
                _synsets[label.TrimEnd('_')] = _currentSynset;
                return;
            }
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var m = CodeRegex().Match(line);
                _blockCode = m.Success ? NormalizeCode(m.Groups[1].Value, number, out _, out _blockPaired) : null;
                if (!m.Success) _blockPaired = null;
                _blockVerbs.Clear();
                return;
            }
            if (line[0] == '~')
            {
                _transformations++;
                return;
            }
            if (line[0] == '-')
            {
                Pattern(line[1..], number);
                return;
            }
            Verb(line, number);
        }

        private void Verb(string line, int number)
        {
            // TABARI-style ';' comments survive on some verb lines.
            int semi = line.IndexOf(';');
            if (semi >= 0) line = line[..semi];
            string? forms = null;
            int brace = line.IndexOf('{');
            if (brace >= 0)
            {
                int close = line.IndexOf('}', brace);
                if (close < 0)
                {
                    Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, "verb forms '{' without a closing '}'.");
                    close = line.Length - 1;
                }
                forms = line[(brace + 1)..close];
                line = line[..brace] + " " + line[(close + 1)..];
            }
            string? code = _blockCode;
            string? paired = _blockPaired;
            var cm = CodeRegex().Match(line);
            if (cm.Success)
            {
                code = NormalizeCode(cm.Groups[1].Value, number, out var ok, out paired);
                if (!ok) return;
                line = line[..cm.Index];
            }
            var word = line.Trim();
            if (word.Length == 0 || word.Contains(' '))
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, $"cannot read the verb line '{line.Trim()}'.");
                return;
            }
            var (head, before, after) = SplitMultiword(word);
            if (head.Length == 0)
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, $"multi-word verb '{word}' has no word marked with '+'.");
                return;
            }
            _blockVerbs.Add((head, before, after));
            _forms.TryAdd(head, head);
            foreach (var f in VerbInflections.Regular(head)) _forms.TryAdd(f, head);
            if (forms is not null)
                foreach (var f in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var (fh, _, _) = SplitMultiword(f);
                    if (fh.Length > 0) _forms.TryAdd(fh, head);
                }
            _patterns.Add(new VerbPattern(head, before, after, [], [], code, null, false, $"{name}:{number}", paired));
        }

        private void Pattern(string text, int number)
        {
            var cm = CodeRegex().Match(text);
            if (!cm.Success)
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, "pattern has no [code].");
                return;
            }
            var code = NormalizeCode(cm.Groups[1].Value, number, out var ok, out var paired);
            if (!ok) return;
            if (_blockVerbs.Count == 0)
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, "pattern before any verb of its block.");
                return;
            }
            var body = text[..cm.Index];
            if (!TryParseElements(body, number, out var before, out var after, out bool glued)) return;
            // "RECENTLY_*": a single word glued to the verb must come right before it, like a multi-word verb's words.
            ImmutableArray<string> lead = [];
            if (glued && before[^1] is { Kind: PatternElementKind.Word, Alternatives: [{ Length: 1 } one] })
            {
                lead = [one[0]];
                before = before[..^1];
            }
            foreach (var (head, hb, ha) in _blockVerbs)
                _patterns.Add(new VerbPattern(head, lead.IsEmpty ? hb : [.. lead, .. hb], ha, before, after, code, null, false, $"{name}:{number}", paired));
        }

        private bool TryParseElements(string body, int number, out ImmutableArray<PatternElement> before, out ImmutableArray<PatternElement> after,
            out bool gluedBefore)
        {
            gluedBefore = false;
            var b = new List<PatternElement>();
            var a = new List<PatternElement>();
            before = after = [];
            bool seenVerb = false;
            // Braces and parentheses group words for the tree matcher PETRARCH used; in order they are just words.
            var flat = body.Replace('{', ' ').Replace('}', ' ').Replace('(', ' ').Replace(')', ' ');
            // A '*' glued to a word ("*SCEPTICAL") still marks the verb.
            flat = StarGlue().Replace(flat, "* $1");
            foreach (var chunk in flat.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = chunk.Split('_');
                bool adjacent = false;
                for (int k = 0; k < pieces.Length; k++)
                {
                    var piece = pieces[k];
                    if (piece.Length == 0)
                    {
                        adjacent = k > 0;
                        continue;
                    }
                    if (piece == "*")
                    {
                        if (seenVerb)
                        {
                            Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, "pattern has two '*'.");
                            return false;
                        }
                        seenVerb = true;
                        gluedBefore = k > 0 && pieces[k - 1].Length > 0 && b.Count > 0;
                        adjacent = k < pieces.Length - 1;
                        continue;
                    }
                    var target = seenVerb ? a : b;
                    bool adj = k > 0 && (adjacent || pieces[k - 1].Length > 0);
                    PatternElement? element = piece switch
                    {
                        "$" => PatternElement.Slot(PatternElementKind.Source, adj),
                        "+" => PatternElement.Slot(PatternElementKind.Target, adj),
                        "%" => PatternElement.Slot(PatternElementKind.Compound, adj),
                        "^" => PatternElement.Slot(PatternElementKind.Skip, adj),
                        _ when piece[0] == '&' => SynsetElement(piece, adj, number),
                        _ => PatternElement.Word(piece.ToUpperInvariant(), adj),
                    };
                    if (element is null) return false;
                    target.Add(element);
                    adjacent = false;
                }
            }
            if (!seenVerb)
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, "pattern has no '*' for the verb.");
                return false;
            }
            before = [.. b];
            after = [.. a];
            return true;
        }

        private PatternElement? SynsetElement(string label, bool adjacent, int number)
        {
            if (!_synsets.TryGetValue(label, out var alts))
            {
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, $"synset {label} is used before it is defined; pattern skipped.");
                return null;
            }
            return new PatternElement(PatternElementKind.Word, [.. alts], adjacent);
        }

        private IEnumerable<ImmutableArray<string>> Expand(string phrase, int number)
        {
            if (phrase.StartsWith('&'))
            {
                var label = phrase.TrimEnd('_');
                if (_synsets.TryGetValue(label, out var inner)) return inner.ToList();
                Report(DiagnosticIds.LexiconSyntax, Severity.Warning, number, $"synset {label} is used before it is defined.");
                return [];
            }
            var words = phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? [] : [[.. words.Select(w => w.ToUpperInvariant())]];
        }

        private string? NormalizeCode(string code, int number, out bool ok) => NormalizeCode(code, number, out ok, out _);

        private string? NormalizeCode(string code, int number, out bool ok, out string? paired)
        {
            ok = true;
            paired = null;
            code = code.Trim();
            var colon = code.IndexOf(':');
            if (colon >= 0)
            {
                var second = code[(colon + 1)..].Trim();
                paired = second.Length == 0 || second == "---" || !CodeTextRegex().IsMatch(second) ? null : second;
                code = code[..colon];
            }
            if (code == "---" || (code.Length == 0 && paired is not null)) return null;
            if (!CodeTextRegex().IsMatch(code))
            {
                ok = false;
                Report(DiagnosticIds.LexiconBadCode, Severity.Warning, number, $"'{code}' is not an event code; entry skipped.");
                return null;
            }
            return code;
        }

        private void Report(string id, Severity severity, int number, string message) =>
            _diagnostics.Add(new Diagnostic(id, severity, $"{name}:{number}", message));

        public LexiconLoadResult Finish()
        {
            if (_transformations > 0)
                _diagnostics.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Info, name,
                    $"{_transformations} transformation line(s) ('~') are not supported and were skipped."));
            return new LexiconLoadResult(new VerbLexicon(name, _patterns, _forms), [.. _diagnostics]);
        }
    }

    /// <summary>Splits <c>WIRE_+TAP</c> / <c>+CORDON_OFF</c> into the verb and the words around it.</summary>
    internal static (string Head, ImmutableArray<string> Before, ImmutableArray<string> After) SplitMultiword(string word)
    {
        var parts = word.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToUpperInvariant()).ToArray();
        if (parts.Length == 1) return (parts[0].TrimStart('+'), [], []);
        int v = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (v < 0) return ("", [], []);
        return (parts[v][1..], [.. parts[..v]], [.. parts[(v + 1)..]]);
    }

    [GeneratedRegex(@"(?<=^|\s)\*([A-Za-z&])")]
    private static partial Regex StarGlue();

    [GeneratedRegex(@"\[([^\]\s]*)\]")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^[0-9]{2,4}[A-Za-z]?$|^[A-Za-z0-9]{2,5}$")]
    private static partial Regex CodeTextRegex();
}
