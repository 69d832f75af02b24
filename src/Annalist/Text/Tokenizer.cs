using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Text;

/// <summary>
/// A lossless tokenizer for news English in the style of Universal Dependencies English: clitics split ("do n't",
/// "Iraq 's"), hyphenated compounds split except common prefixes, abbreviations and initials keep their period,
/// numbers keep their decimal point and thousands separators, URLs stay whole. Tokens are spans into the
/// untouched text; everything between them is whitespace, so the text is rebuilt exactly.
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<TextSpan>(Math.Max(4, text.Length / 5));
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsSpace(c)) { i++; continue; }
            int start = i;
            if (StartsUrl(text, i))
            {
                while (i < n && !IsSpace(text[i])) i++;
                while (i > start + 1 && ".,;:!?)\"'”’]".Contains(text[i - 1])) i--;
                tokens.Add(new TextSpan(start, i));
                continue;
            }
            if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                if (i < n && text[i] == '.' && KeepsPeriod(text, start, i)) i++;
                SplitWord(text, start, i, tokens);
                continue;
            }
            if (c == '.' && i + 1 < n && text[i + 1] == '.')
            {
                while (i < n && text[i] == '.') i++;
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                while (i < n && text[i] == '-') i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else i++;
            tokens.Add(new TextSpan(start, i));
        }
        return tokens.ToImmutable();
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool StartsUrl(string t, int i) =>
        Matches(t, i, "http://") || Matches(t, i, "https://") || (Matches(t, i, "www.") && i + 4 < t.Length && IsWordChar(t[i + 4]));

    private static bool Matches(string t, int i, string s) => string.CompareOrdinal(t, i, s, 0, s.Length) == 0 && t.Length - i >= s.Length;

    /// <summary>Letters and digits, with inner joiners: "U.S", "3.5", "1,000", "AT&amp;T", "don't", "Iran-backed".</summary>
    private static int ScanWord(string t, int i)
    {
        int n = t.Length;
        while (i < n)
        {
            char c = t[i];
            if (IsWordChar(c)) { i++; continue; }
            if (i + 1 < n && IsWordChar(t[i + 1]) && i > 0)
            {
                char prev = t[i - 1];
                bool joins = c switch
                {
                    '.' => char.IsLetter(prev) && char.IsLetter(t[i + 1]) && IsShortDottedRun(t, i) || char.IsDigit(prev) && char.IsDigit(t[i + 1]),
                    ',' => char.IsDigit(prev) && char.IsDigit(t[i + 1]) && i + 3 < n + 1 && IsThousands(t, i),
                    '\'' or '’' or '-' or '&' => true,
                    '/' or ':' => char.IsDigit(prev) && char.IsDigit(t[i + 1]),
                    _ => false,
                };
                if (joins) { i++; continue; }
            }
            break;
        }
        return i;
    }

    /// <summary>"U.S", "a.m", "i.e": dotted runs of one- or two-letter pieces.</summary>
    private static bool IsShortDottedRun(string t, int dot)
    {
        int s = dot - 1;
        while (s > 0 && char.IsLetter(t[s - 1])) s--;
        if (dot - s > 2) return false;
        int e = dot + 1;
        while (e < t.Length && char.IsLetter(t[e])) e++;
        return e - dot - 1 <= 2;
    }

    private static bool IsThousands(string t, int comma)
    {
        int e = comma + 1, d = 0;
        while (e < t.Length && char.IsDigit(t[e])) { e++; d++; }
        return d == 3;
    }

    private static bool KeepsPeriod(string t, int start, int end)
    {
        var word = t.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsLetter(word[0])) return true;                 // initials: "J."
        if (word.Contains('.') && char.IsLetter(word[^1])) return true;              // "U.S" → "U.S."
        var key = word.ToString();
        if (Abbreviations.Titles.Contains(key) || Abbreviations.Other.Contains(key)) return true;
        return Abbreviations.BeforeNumber.Contains(key) && end + 2 < t.Length && t[end + 1] == ' ' && char.IsDigit(t[end + 2]);
    }

    /// <summary>Splits a scanned word into UD-style tokens: clitics and hyphenated parts.</summary>
    private static void SplitWord(string t, int start, int end, ImmutableArray<TextSpan>.Builder tokens)
    {
        int cliticAt = CliticStart(t, start, end);
        int mainEnd = cliticAt >= 0 ? cliticAt : end;
        SplitHyphens(t, start, mainEnd, tokens);
        if (cliticAt >= 0) tokens.Add(new TextSpan(cliticAt, end));
    }

    private static int CliticStart(string t, int start, int end)
    {
        int len = end - start;
        if (len >= 4 && (t[end - 1] is 't' or 'T') && IsApostrophe(t[end - 2]) && (t[end - 3] is 'n' or 'N'))
            return end - 3;                                                          // do|n't, ca|n't
        if (len >= 3 && IsApostrophe(t[end - 2]) && "sSdDmM".Contains(t[end - 1]))
            return end - 2;                                                          // Iraq|'s, I|'m, he|'d
        if (len >= 4 && IsApostrophe(t[end - 3]))
        {
            var tail = t.AsSpan(end - 2, 2);
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return end - 3;                                                      // they|'re, we|'ve, I|'ll
        }
        return -1;
    }

    private static void SplitHyphens(string t, int start, int end, ImmutableArray<TextSpan>.Builder tokens)
    {
        int partStart = start;
        for (int i = start; i < end; i++)
        {
            if (t[i] != '-') continue;
            var part = t.AsSpan(partStart, i - partStart);
            if (partStart == start && Abbreviations.HyphenPrefixes.Contains(part.ToString())) continue;
            if (i > partStart) tokens.Add(new TextSpan(partStart, i));
            tokens.Add(new TextSpan(i, i + 1));
            partStart = i + 1;
        }
        if (end > partStart) tokens.Add(new TextSpan(partStart, end));
    }
}
