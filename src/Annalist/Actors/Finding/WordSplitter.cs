namespace Annalist.Actors.Finding;

/// <summary>Splits a sentence's tokens into the normalised words lexicon phrases are matched against.</summary>
internal static class WordSplitter
{
    public static List<Word> Split(TextView view, int first, int end)
    {
        var words = new List<Word>();
        for (int t = first; t < end; t++)
        {
            var text = view.Texts[t];
            var pieces = PhraseNormalizer.Words(text);
            if (pieces.Length == 0) continue;
            var caps = Capitals(text);
            if (pieces.Length == 1)
            {
                var w = pieces[0];
                var lemma = PhraseNormalizer.Word(view.Lemmas[t]);
                // A tokenizer that leaves "Iraq's" whole: match "Iraq" and keep the possessive apart.
                if (w.Length > 2 && w.EndsWith("'s", StringComparison.Ordinal))
                {
                    words.Add(new Word(w[..^2], null, t, caps[0]));
                    words.Add(new Word("'s", null, t, false));
                    continue;
                }
                words.Add(new Word(w, lemma == w || lemma.Length == 0 || lemma == "_" ? null : lemma, t, caps[0]));
                continue;
            }
            for (int i = 0; i < pieces.Length; i++) words.Add(new Word(pieces[i], null, t, i < caps.Count && caps[i]));
        }
        return words;
    }

    /// <summary>Whether each piece of a token starts with a capital (names must; "us" is not "US").</summary>
    private static List<bool> Capitals(string text)
    {
        var caps = new List<bool>();
        bool inPiece = false;
        foreach (var ch in text)
        {
            if (PhraseNormalizer.IsBreak(ch)) { inPiece = false; continue; }
            if (!inPiece) caps.Add(char.IsUpper(ch) || char.IsDigit(ch));
            inPiece = true;
        }
        return caps;
    }
}
