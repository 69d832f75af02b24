using Annalist.Text.Conllu;

namespace Annalist.Text.Evaluation;

/// <summary>
/// Rebuilds raw text for evaluation from raw input: each document's sentences (their <c># text</c>) joined with a
/// space, or a blank line at a new paragraph, and the character span of every gold word in that text.
/// Words of a multiword token get sub-spans when they spell it out exactly, otherwise the whole token's span.
/// </summary>
public static class GoldWords
{
    public sealed record RawDocument(string Id, string Text, IReadOnlyList<ConlluSentence> Sentences, IReadOnlyList<(int Start, int End)[]> WordSpans);

    public static IEnumerable<RawDocument> Documents(IEnumerable<ConlluSentence> sentences)
    {
        var current = new List<ConlluSentence>();
        string id = "doc0";
        int count = 0;
        foreach (var s in sentences)
        {
            if (s.StartsDocument)
            {
                if (current.Count > 0) yield return Build(id, current);
                current = new List<ConlluSentence>();
                id = s.Comments.GetValueOrDefault("newdoc id") ?? $"doc{++count}";
            }
            current.Add(s);
        }
        if (current.Count > 0) yield return Build(id, current);
    }

    private static RawDocument Build(string id, List<ConlluSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<(int, int)[]>();
        foreach (var s in sentences)
        {
            if (text.Length > 0) text.Append(s.Comments.ContainsKey("newpar") || s.Comments.ContainsKey("newpar id") ? "\n\n" : " ");
            int offset = text.Length;
            var sentenceText = s.Text ?? string.Join(" ", s.Tokens.Select(t => t.Form));
            text.Append(sentenceText);
            spans.Add(Locate(s, sentenceText, offset));
        }
        return new RawDocument(id, text.ToString(), sentences, spans);
    }

    private static (int, int)[] Locate(ConlluSentence s, string text, int offset)
    {
        var result = new (int, int)[s.Tokens.Length];
        int pos = 0;
        int i = 0;
        while (i < s.Tokens.Length)
        {
            var t = s.Tokens[i];
            var mwt = s.Multiwords.FirstOrDefault(m => m.First == t.Id);
            string surface = mwt?.Form ?? t.Form;
            int at = Find(text, surface, pos);
            if (mwt is null)
            {
                result[i] = at < 0 ? (-1, -1) : (offset + at, offset + at + surface.Length);
                if (at >= 0) pos = at + surface.Length;
                i++;
                continue;
            }
            int words = mwt.Last - mwt.First + 1;
            bool spelled = string.Concat(Enumerable.Range(i, words).Select(k => s.Tokens[k].Form)) == surface;
            int sub = at;
            for (int k = i; k < i + words && k < s.Tokens.Length; k++)
            {
                if (at < 0) result[k] = (-1, -1);
                else if (spelled)
                {
                    result[k] = (offset + sub, offset + sub + s.Tokens[k].Form.Length);
                    sub += s.Tokens[k].Form.Length;
                }
                else result[k] = (offset + at, offset + at + surface.Length);
            }
            if (at >= 0) pos = at + surface.Length;
            i += words;
        }
        return result;
    }

    /// <summary>The next occurrence at or after <paramref name="from"/>, skipping only whitespace.</summary>
    private static int Find(string text, string word, int from)
    {
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        if (string.CompareOrdinal(text, p, word, 0, word.Length) == 0) return p;
        int any = text.IndexOf(word, from, StringComparison.Ordinal);
        return any;
    }
}
