using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Text;

/// <summary>
/// A lossless tokenizer for news and web English in the style of Universal Dependencies English (EWT, GUM): clitics
/// split ("do n't", "Iraq 's") and so do contractions typed without them ("do nt", "gon na", "can not"),
/// hyphenated compounds split except common prefixes, abbreviations and initials keep their period, numbers keep
/// their decimal point and thousands separators and lose a unit written against them ("5 km"); URLs, e-mail
/// addresses, host and file names, emoticons and runs of stops or symbols stay whole (<see cref="TokenPatterns"/>).
/// Tokens are spans into the untouched text; everything between them is whitespace, so the text is rebuilt exactly.
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
            int special = Special(text, i);
            if (special > i)
            {
                tokens.Add(new TextSpan(start, special));
                i = special;
                continue;
            }
            if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                if (i < n && text[i] == '.' && KeepsPeriod(text, start, i) && !EndsSentence(text, start, i)) i++;
                SplitWord(text, start, i, tokens);
                continue;
            }
            int run = TokenPatterns.PunctuationRun(text, i);
            if (run > i) i = run;
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1])) i += 2;
            else i++;
            tokens.Add(new TextSpan(start, i));
        }
        return tokens.ToImmutable();
    }

    /// <summary>A token of web text that the ordinary word and punctuation rules would cut apart, or -1.</summary>
    private static int Special(string t, int i)
    {
        char c = t[i];
        if (c is 'h' or 'H' or 'w' or 'W' && StartsUrl(t, i)) return UrlEnd(t, i);
        if (char.IsAsciiLetterOrDigit(c) || c is '@' or '.')
        {
            // One look at the run of address characters decides whether an address can start here at all.
            int p = i + 1;
            bool dot = c == '.';
            while (p < t.Length && TokenPatterns.IsAddressChar(t[p])) dot |= t[p++] == '.';
            bool at = c == '@' || p < t.Length && t[p] == '@' || Matches(t, i, "mailto:");
            int end = at ? TokenPatterns.Email(t, i) : -1;
            if (end < 0 && dot) end = TokenPatterns.DomainOrFile(t, i);
            if (end > 0) return end;
        }
        if (char.IsLetterOrDigit(c))
        {
            if (c == 'Y' && Matches(t, i, "Yahoo!") && !(i + 6 < t.Length && char.IsLetterOrDigit(t[i + 6]))) return i + 6;
            return i + 1 < t.Length && t[i + 1] == '/' ? SlashAbbreviation(t, i) : -1;
        }
        int e = TokenPatterns.Emoticon(t, i);
        if (e < 0) e = TokenPatterns.Handle(t, i);
        if (e < 0) e = TokenPatterns.ShortYear(t, i);
        if (e < 0) e = TokenPatterns.SignedNumber(t, i);
        if (e < 0) e = TokenPatterns.LoneClitic(t, i);
        return e;
    }

    /// <summary>The end of a URL: up to the next space, without the punctuation that closes a sentence or a quote.</summary>
    internal static int UrlEnd(string t, int start)
    {
        int i = start;
        while (i < t.Length && !IsSpace(t[i])) i++;
        while (i > start + 1 && ".,;:!?)\"'”’]>".Contains(t[i - 1])) i--;
        return i;
    }

    /// <summary>"w/", "w/o", "b/c": shorthand with a slash, kept whole (UD EWT does).</summary>
    private static int SlashAbbreviation(string t, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(t[i - 1])) return -1;
        foreach (var a in Abbreviations.WithSlash)
        {
            if (t.Length - i < a.Length || string.Compare(t, i, a, 0, a.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            int end = i + a.Length;
            if (end < t.Length && char.IsLetterOrDigit(t[end])) continue;
            return end;
        }
        return -1;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';

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
                    '\'' or '’' or '`' or '-' or '&' or '_' => true,
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
        if (end + 2 < t.Length && t[end + 1] == '.' && t[end + 2] == '.') return false; // "etc..." → "etc" "..."
        var word = t.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsLetter(word[0])) return true;                 // initials: "J."
        if (word.Contains('.') && char.IsLetter(word[^1])) return true;              // "U.S" → "U.S."
        if (Titles.Contains(word) || Others.Contains(word)) return true;
        return BeforeNumber.Contains(word) && end + 2 < t.Length && t[end + 1] == ' ' && char.IsDigit(t[end + 2]);
    }

    /// <summary>
    /// Whether an abbreviation's period at <paramref name="end"/> also ends the sentence; UD EWT then makes the
    /// period a token of its own ("and so on etc ."). Only plain abbreviations do: titles and initials never end a
    /// sentence, and dotted ones ("U.S.", "p.m.") stay whole, as GUM and most of EWT write them. "etc." ends one
    /// before any capital, the others before a clear sentence start (the sentence splitter's rule), at the end of
    /// the text or of a line.
    /// </summary>
    private static bool EndsSentence(string t, int start, int end)
    {
        var word = t.AsSpan(start, end - start);
        if (word.Length == 1 || word.Contains('.') || Titles.Contains(word)) return false;
        int p = end + 1;
        if (p == t.Length) return true;
        if (!IsSpace(t[p])) return false;
        bool newline = false;
        while (p < t.Length && IsSpace(t[p])) newline |= t[p++] == '\n';
        if (p == t.Length || newline) return true;
        if (!char.IsUpper(t[p])) return false;
        if (word.Equals("etc", StringComparison.OrdinalIgnoreCase)) return true;
        int e = p;
        while (e < t.Length && char.IsLetter(t[e])) e++;
        return SentenceStarters.Contains(t.AsSpan(p, e - p));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Abbreviations.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Others = Abbreviations.Other.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumber = Abbreviations.BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters =
        Abbreviations.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prefixes = Abbreviations.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes = Abbreviations.HyphenSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Splits a scanned word into UD-style tokens: contractions ("gon|na", "can|not", "do|nt"), clitics ("do|n't",
    /// "Iraq|'s"), hyphenated parts and a number's unit ("5|km", "7|pm").
    /// </summary>
    private static void SplitWord(string t, int start, int end, ImmutableArray<TextSpan>.Builder tokens)
    {
        var word = t.AsSpan(start, end - start);
        if (word.Length == 3 && word.Equals("its", StringComparison.OrdinalIgnoreCase) && !word.Equals("ITS", StringComparison.Ordinal)
            && WordSplits.FollowsItIs(NextWord(t, end)))
        {
            tokens.Add(new TextSpan(start, start + 2));                              // "its not" → "it" "s" "not"
            tokens.Add(new TextSpan(start + 2, end));
            return;
        }
        if (WordSplits.Contraction(word) is { Length: > 0 } cuts)
        {
            int from = start;
            foreach (var cut in cuts)
            {
                tokens.Add(new TextSpan(from, start + cut));
                from = start + cut;
            }
            tokens.Add(new TextSpan(from, end));
            return;
        }
        int cliticAt = CliticStart(t, start, end);
        int mainEnd = cliticAt >= 0 ? cliticAt : end;
        SplitHyphens(t, start, mainEnd, tokens);
        if (cliticAt >= 0) tokens.Add(new TextSpan(cliticAt, end));
    }

    /// <summary>The letters of the word after <paramref name="end"/> and one space, or empty (also before a hyphen).</summary>
    private static ReadOnlySpan<char> NextWord(string t, int end)
    {
        if (end + 1 >= t.Length || t[end] != ' ') return default;
        int e = end + 1;
        while (e < t.Length && char.IsLetter(t[e])) e++;
        return e < t.Length && t[e] == '-' ? default : t.AsSpan(end + 1, e - end - 1);
    }

    private static int CliticStart(string t, int start, int end)
    {
        int len = end - start;
        if (len >= 4 && (t[end - 1] is 't' or 'T') && IsApostrophe(t[end - 2]) && (t[end - 3] is 'n' or 'N'))
            return end - 3;                                                          // do|n't, ca|n't
        if (len >= 3 && IsApostrophe(t[end - 2]) && "sSdDmM".Contains(t[end - 1]))
            return t[end - 1] is 's' && AllDigits(t, start, end - 2) ? -1 : end - 2; // Iraq|'s, I|'m, he|'d; "1990's" whole
        if (len >= 4 && IsApostrophe(t[end - 3]))
        {
            var tail = t.AsSpan(end - 2, 2);
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return end - 3;                                                      // they|'re, we|'ve, I|'ll
        }
        return -1;
    }

    private static bool AllDigits(string t, int start, int end)
    {
        for (int i = start; i < end; i++) if (!char.IsDigit(t[i])) return false;
        return end > start;
    }

    private static void SplitHyphens(string t, int start, int end, ImmutableArray<TextSpan>.Builder tokens)
    {
        int hyphen = t.IndexOf('-', start, end - start);
        if (hyphen < 0)
        {
            AddPart(t, start, end, tokens);
            return;
        }
        if (WordSplits.IsNumberCode(t.AsSpan(start, end - start)))
        {
            tokens.Add(new TextSpan(start, end));                                    // "713-555-0100", "77002-1234"
            return;
        }
        int partStart = start;
        for (int i = hyphen; i < end; i++)
        {
            if (t[i] != '-') continue;
            if (partStart == start && Prefixes.Contains(t.AsSpan(partStart, i - partStart))) continue;
            int next = t.IndexOf('-', i + 1, end - i - 1);
            if (next < 0 && Suffixes.Contains(t.AsSpan(i + 1, end - i - 1))) break;  // "career-wise"
            if (i > partStart) AddPart(t, partStart, i, tokens);
            tokens.Add(new TextSpan(i, i + 1));
            partStart = i + 1;
        }
        if (end > partStart) AddPart(t, partStart, end, tokens);
    }

    /// <summary>A word, or a number and its unit as two tokens ("5km" → "5" "km", "7:30pm" → "7:30" "pm").</summary>
    private static void AddPart(string t, int start, int end, ImmutableArray<TextSpan>.Builder tokens)
    {
        int unitAt = WordSplits.UnitStart(t.AsSpan(start, end - start));
        if (unitAt > 0)
        {
            tokens.Add(new TextSpan(start, start + unitAt));
            tokens.Add(new TextSpan(start + unitAt, end));
        }
        else tokens.Add(new TextSpan(start, end));
    }
}
