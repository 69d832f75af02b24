using System.Text;
using Annalist.Text;
using CsCheck;

namespace Annalist.Tests.Text;

/// <summary>Invariants of the text stage on generated text: lossless tokens, sentences that partition them.</summary>
public class TextPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Iraq", "’s", "'s", "U.S.", "Jan.", "Gen.", "Mr.", " ", "  ", "\n", "\n\n", "\t", ".", ",", "!", "?", "...", "“",
        "”", "\"", "(", ")", "-", "—", "don't", "3.5", "1,000", "e-mail", "x", "said", "The", "a", "é", "😀", "\u00A0",
        "http://a.b/c", "'", "’", ";", ":", "BAGHDAD", "n't", "J.", "\u0301", "\r\n", "\0", "\uFFFD",
        // web text
        "@", "a@b.com", "mailto:", ".doc", "x.pdf", "alt.", "www.", ".com/", ":)", ":-(", "(:", "<3", "^_^", "!!", "?!",
        "===", "<<", ">", "gonna", "dont", "Lets", "5km", "7pm", "713-555-0100", "555-0100", "'99", "+1", ".99", "#tag",
        "w/", "b/c", "etc.", "Inc..", "AM", "03/23/2001", "10:13", "Regards", "Hi", "[...]", "_", "`", "''", "1990's",
    ];

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.OneOfConst(Pieces), Gen.String[Gen.Char, 0, 3]).Array[0, 40].Select(a => string.Concat(a));

    [Fact]
    public void Tokens_and_the_gaps_between_them_rebuild_the_text_exactly()
    {
        Text.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var sb = new StringBuilder();
            int pos = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= pos && t.End > t.Start && t.End <= text.Length, $"bad span {t} in \"{text}\"");
                var gap = text.AsSpan(pos, t.Start - pos);
                foreach (var c in gap) Assert.True(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF', $"non-space gap in \"{text}\"");
                sb.Append(gap).Append(t.SliceOf(text));
                pos = t.End;
            }
            sb.Append(text.AsSpan(pos));
            Assert.Equal(text, sb.ToString());
            foreach (var c in text.AsSpan(pos)) Assert.True(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF');
        }, iter: 3000);
    }

    [Fact]
    public void Sentences_partition_the_tokens_and_their_spans_index_the_text()
    {
        Text.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            int next = 0;
            foreach (var s in sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.TokenCount > 0);
                Assert.Equal(tokens[s.FirstToken].Start, s.Span.Start);
                Assert.Equal(tokens[s.EndToken - 1].End, s.Span.End);
                Assert.True(s.Span.End <= text.Length);
                next = s.EndToken;
            }
            Assert.Equal(tokens.Length, next);
        }, iter: 3000);
    }
}
