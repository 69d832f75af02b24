namespace Annalist.Time;

internal enum LexKind : byte { Word, Number, Ordinal, Punct }

/// <summary>One word, number or punctuation mark of a sentence, for the time recognizer only (not the tokenizer).</summary>
internal readonly record struct Lexeme(int Start, int End, LexKind Kind, int Value, int Digits, WordInfo Info, char Char)
{
    public bool IsPunct(char c) => Kind == LexKind.Punct && Char == c;
    public bool Is(WordClass cls) => Info.Class == cls;
    public bool IsOther(int id) => Info.Class == WordClass.Other && Info.Value == id;
}

/// <summary>
/// Splits text into runs of letters/digits and single punctuation marks. Our own scan rather than the tokenizer's
/// tokens, so that recognition is the same whatever tokenizer ran ("Jan." or "Jan" + ".", "10-day" or "10 - day").
/// </summary>
internal static class TimeLexer
{
    public static int Lex(string text, int start, int end, TimeLexicon lexicon, List<Lexeme> into)
    {
        int count = 0;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                bool allDigits = true;
                while (i < end && char.IsLetterOrDigit(text[i]))
                {
                    if (!char.IsAsciiDigit(text[i])) allDigits = false;
                    i++;
                }
                var word = text.AsSpan(s, i - s);
                if (allDigits)
                {
                    int v = word.Length <= 6 ? int.Parse(word) : -1;
                    into.Add(new Lexeme(s, i, LexKind.Number, v, word.Length, new WordInfo(WordClass.Number, v), '\0'));
                }
                else if (TryOrdinal(word, out int ord))
                    into.Add(new Lexeme(s, i, LexKind.Ordinal, ord, 0, new WordInfo(WordClass.Ordinal, ord), '\0'));
                else if (DecadeDigits(word) is int decade)
                    into.Add(new Lexeme(s, i, LexKind.Word, 0, 0, new WordInfo(WordClass.Decade, decade), '\0'));
                else if (word.Length == 6 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[3]) && lexicon.Lookup(word[4..]).Class == WordClass.PartCode
                         && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]))
                {
                    // "2016H2", "2016Q3": a year glued to a half or quarter
                    int v = int.Parse(word[..4]);
                    into.Add(new Lexeme(s, s + 4, LexKind.Number, v, 4, new WordInfo(WordClass.Number, v), '\0'));
                    into.Add(new Lexeme(s + 4, i, LexKind.Word, 0, 0, lexicon.Lookup(word[4..]), '\0'));
                }
                else if (SplitMonthNumber(word, lexicon) is int lead && lead < 0)
                {
                    int v = int.Parse(word[..-lead]);
                    into.Add(new Lexeme(s, s - lead, LexKind.Number, v, -lead, new WordInfo(WordClass.Number, v), '\0'));
                    into.Add(new Lexeme(s - lead, i, LexKind.Word, 0, 0, lexicon.Lookup(word[-lead..]), '\0'));
                }
                else if (SplitMonthNumber(word, lexicon) is int cut)
                {
                    // "Oct2": a month glued to a day number
                    into.Add(new Lexeme(s, s + cut, LexKind.Word, 0, 0, lexicon.Lookup(word[..cut]), '\0'));
                    var digits = word[cut..];
                    int v = int.Parse(digits);
                    into.Add(new Lexeme(s + cut, i, LexKind.Number, v, digits.Length, new WordInfo(WordClass.Number, v), '\0'));
                }
                else
                {
                    var info = lexicon.Lookup(word);
                    into.Add(new Lexeme(s, i, info.Class == WordClass.Ordinal ? LexKind.Ordinal : LexKind.Word,
                        info.Class is WordClass.Number or WordClass.Ordinal ? info.Value : 0, 0, info, '\0'));
                }
                count++;
                continue;
            }
            // Curly apostrophes and quotes count as punctuation; all we need is that they break words.
            into.Add(new Lexeme(i, i + 1, LexKind.Punct, 0, 0, default, c));
            count++;
            i++;
        }
        return count;
    }

    private static int? SplitMonthNumber(ReadOnlySpan<char> word, TimeLexicon lexicon)
    {
        // "22april": digits first
        int lead = 0;
        while (lead < word.Length && char.IsAsciiDigit(word[lead])) lead++;
        if (lead is 1 or 2 && lead < word.Length && lexicon.Lookup(word[lead..]).Class is WordClass.Month or WordClass.Unit) return -lead; // "22april", "3year"
        int cut = 0;
        while (cut < word.Length && char.IsAsciiLetter(word[cut])) cut++;
        if (cut < 3 || cut == word.Length || word.Length - cut > 2) return null;
        foreach (char c in word[cut..]) if (!char.IsAsciiDigit(c)) return null;
        return lexicon.Lookup(word[..cut]).Class == WordClass.Month ? cut : null;
    }

    /// <summary>"1970s" as 1970, "70s" as 70: a decade in digits.</summary>
    private static int? DecadeDigits(ReadOnlySpan<char> word)
    {
        if (word.Length is not (3 or 5) || word[^1] is not ('s' or 'S') || word[^2] != '0') return null;
        foreach (char c in word[..^1]) if (!char.IsAsciiDigit(c)) return null;
        return int.Parse(word[..^1]);
    }

    /// <summary>"3rd", "21st", "27th" as ordinals.</summary>
    private static bool TryOrdinal(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        int n = 0;
        while (n < word.Length && char.IsAsciiDigit(word[n])) n++;
        if (n == 0 || n > 2 || word.Length - n != 2) return false;
        var suffix = word[n..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
              suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            return false;
        value = int.Parse(word[..n]);
        return true;
    }
}
