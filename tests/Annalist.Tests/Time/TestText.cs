using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Tests.Time;

/// <summary>
/// A small stand-in tokenizer and sentence splitter for the time tests, so they do not depend on the text stage:
/// tokens are runs of letters/digits (with a trailing period kept on a few abbreviations) and single punctuation;
/// a sentence ends at a newline or at ". " before an upper-case letter, unless the period ends an abbreviation.
/// </summary>
internal static class TestText
{
    private static readonly string[] Abbreviations = ["Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mr", "Mrs", "Gen", "Maj", "Lt", "Dr", "St"];

    public static Document Tokenize(string text, DateOnly? publication, string id = "t")
    {
        var tokens = ImmutableArray.CreateBuilder<TextSpan>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int sentenceFirst = 0;
        int i = 0;
        void EndSentence()
        {
            if (tokens.Count > sentenceFirst)
            {
                var span = new TextSpan(tokens[sentenceFirst].Start, tokens[^1].End);
                sentences.Add(new Sentence(sentenceFirst, tokens.Count - sentenceFirst, span));
                sentenceFirst = tokens.Count;
            }
        }
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n') { EndSentence(); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && text[i - 1] != ' ')))
                    i++;
                var word = text[s..i];
                if (i < text.Length && text[i] == '.' && (Abbreviations.Contains(word) || word.Contains('.'))) i++;
                tokens.Add(new TextSpan(s, i));
                continue;
            }
            i++;
            tokens.Add(new TextSpan(s, i));
            if (c is '.' or '?' or '!' && i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1])) EndSentence();
        }
        EndSentence();
        return new Document(new Article(id, text, publication))
            .With(new TokenLayer(tokens.ToImmutable()))
            .With(new SentenceLayer(sentences.ToImmutable()));
    }
}
