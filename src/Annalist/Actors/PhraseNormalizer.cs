using System.Collections.Immutable;
using System.Text;

namespace Annalist.Actors;

/// <summary>
/// The one normalisation shared by lexicon phrases and text: lower case, typographic apostrophes folded to ', and
/// hyphens, underscores and blanks as word breaks. Text tokens are split the same way, so "al-Qaeda" matches whether
/// the tokenizer kept it whole or not.
/// </summary>
public static class PhraseNormalizer
{
    public static string Word(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word)
            sb.Append(ch switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                _ => char.ToLowerInvariant(ch),
            });
        return sb.ToString();
    }

    /// <summary>True for characters that break words inside a phrase or token.</summary>
    public static bool IsBreak(char ch) => ch is '_' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' || char.IsWhiteSpace(ch);

    /// <summary>Splits a phrase ("ISLAMIC_STATE", "al-Qaeda", "prime minister") into normalised words.</summary>
    public static ImmutableArray<string> Words(ReadOnlySpan<char> phrase)
    {
        var b = ImmutableArray.CreateBuilder<string>();
        int start = -1;
        for (int i = 0; i <= phrase.Length; i++)
        {
            bool brk = i == phrase.Length || IsBreak(phrase[i]);
            if (brk)
            {
                if (start >= 0) b.Add(Word(phrase[start..i]));
                start = -1;
            }
            else if (start < 0) start = i;
        }
        return b.ToImmutable();
    }

    public static LexiconPhrase Phrase(string phrase, bool stemLast = false) => new(Words(phrase), stemLast);
}
