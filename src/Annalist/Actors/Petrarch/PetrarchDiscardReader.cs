using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>Reads a PETRARCH discard list: one phrase a line, '+' for story-level, a trailing '_' for an exact word end.</summary>
internal static class PetrarchDiscardReader
{
    public static IEnumerable<DiscardEntry> Read(TextReader reader, string source, ICollection<Diagnostic> diags)
    {
        var result = new List<DiscardEntry>();
        bool inComment = false;
        int lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (PetrarchSyntax.InXmlComment(raw, ref inComment)) continue;
            int hash = raw.IndexOf('#');
            var line = (hash < 0 ? raw : raw[..hash]).Trim();
            if (line.Length == 0) continue;
            bool story = line[0] == '+';
            if (story) line = line[1..].Trim();
            bool exact = line.EndsWith('_');
            var text = string.Join(' ', line.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0)
            {
                diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, $"{source}:{lineNo}", "empty discard phrase."));
                continue;
            }
            result.Add(new DiscardEntry(text.ToUpperInvariant(), story, exact, $"{source}:{lineNo}"));
        }
        return result;
    }
}
