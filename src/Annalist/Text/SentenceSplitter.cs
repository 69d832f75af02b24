using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Text;

/// <summary>
/// Splits tokens into sentences for news English. A sentence ends after . ! ? or an ellipsis (with any closing
/// quotes and brackets that follow), unless the next word starts in lower case; after an abbreviation only when a
/// clear sentence start follows ("in the U.S. The …"), never after a title or initial ("Maj. Gen. Qassim", "J. Smith").
/// A line break ends a sentence (headlines, datelines on their own line, paragraphs) unless the next line continues
/// in lower case (hard-wrapped text).
/// </summary>
public static class SentenceSplitter
{
    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<TextSpan> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            bool last = i == tokens.Length - 1;
            if (!last && !EndsAfter(text, tokens, first, i) && !EndsDateline(text, tokens, first, i) && !StartsCaption(text, tokens, i + 1))
                continue;
            sentences.Add(new Sentence(first, i - first + 1, new TextSpan(tokens[first].Start, tokens[i].End)));
            first = i + 1;
        }
        return sentences.ToImmutable();
    }

    private static bool EndsAfter(string text, ImmutableArray<TextSpan> tokens, int first, int i)
    {
        var tok = tokens[i];
        var next = tokens[i + 1];
        var gap = text.AsSpan(tok.End, next.Start - tok.End);
        char nextFirst = text[next.Start];

        if (gap.Contains('\n'))
        {
            if (gap.IndexOf('\n') != gap.LastIndexOf('\n')) return true;       // blank line: a paragraph break
            return !char.IsLower(nextFirst);
        }

        // Closing quotes and brackets stay with the sentence they close.
        if (IsCloser(text, tok, gap.Length == 0 ? next : default) && gap.Length == 0 && i + 1 < tokens.Length)
            return false;

        int end = i;
        while (end > 0 && IsCloser(text, tokens[end], default) && tokens[end].Start == tokens[end - 1].End) end--;
        var core = tokens[end];
        var coreText = core.SliceOf(text);
        if (gap.Length == 0 && !IsOpener(text, next)) return false;              // "U.S.-led", `."`: no space, no break

        if (IsStops(coreText) || coreText is "[...]" or "(...)")
        {
            if (IsMidSentencePunct(nextFirst)) return false;
            if (!char.IsLower(nextFirst)) return true;
            // Web text starts sentences in lower case ("call me. they said …"): a bare . ! or ? before a lower-case
            // word ends the sentence; an ellipsis ("so … maybe") or a stop inside quotes ("“Why?” he asked") does not.
            return end == i && !coreText.Contains("..", StringComparison.Ordinal) && !coreText.Contains('…');
        }
        if (WebBoundary(text, tokens, first, i, nextFirst)) return true;

        if (coreText.Length > 1 && coreText[^1] == '.')
        {
            var stem = coreText[..^1];
            if (stem.Length == 1 || Titles.Contains(stem)) return false;
            return Abbreviations.SentenceStarters.Contains(next.Of(text));
        }
        return false;
    }

    private static bool IsStops(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is not ('.' or '!' or '?' or '…')) return false;
        return s.Length > 0;
    }

    /// <summary>
    /// Sentence ends of web text and e-mail without a stop, as UD EWT marks them: after an e-mail address or URL
    /// (or the "&gt;" closing one) and after a run of line-drawing symbols ("=====") when a capital or digit
    /// follows, and between two addresses; after an emoticon before any word; after a letter's greeting or closing
    /// and its comma ("Hi John," "Best regards,") before a capital; after an e-mail time stamp
    /// ("03/23/2001 10:13 AM"), and before one that follows a name.
    /// </summary>
    private static bool WebBoundary(string text, ImmutableArray<TextSpan> tokens, int first, int i, char nextFirst)
    {
        var tok = tokens[i].SliceOf(text);
        bool capitalOrDigit = char.IsUpper(nextFirst) || char.IsDigit(nextFirst);
        char c = tok[0];
        if (!char.IsLetterOrDigit(c))
        {
            if (tok is ">" or ">>" && capitalOrDigit) return true;
            if (capitalOrDigit && IsLine(tok)) return true;
            if (tok is "," && char.IsUpper(nextFirst) && i > first
                && (IsClosing(text, tokens, i - 1) || i - first <= 4 && IsGreeting(tokens[first].SliceOf(text))))
                return true;
            if (char.IsLetter(nextFirst) && TokenPatterns.IsEmoticon(tok)) return true;
        }
        if (tok.Length > 4 && IsAddress(tok) && (capitalOrDigit || IsAddress(tokens[i + 1].SliceOf(text)))) return true;
        if (tok.Length == 2 && tok is "AM" or "PM" or "am" or "pm" && i > 0 && IsClockTime(tokens[i - 1].SliceOf(text)) && char.IsUpper(nextFirst))
            return true;
        return char.IsDigit(nextFirst) && i + 3 < tokens.Length && !char.IsLower(tok[0]) && char.IsLetterOrDigit(tok[^1]) && tok is not ("On" or "At" or "Sent" or "Date")
               && IsDate(tokens[i + 1].SliceOf(text))
               && IsClockTime(tokens[i + 2].SliceOf(text)) && tokens[i + 3].SliceOf(text) is "AM" or "PM";
    }

    private static bool IsGreeting(ReadOnlySpan<char> t) => t is "Hi" or "Hello" or "Hey" or "Dear" or "Greetings";

    /// <summary>"Regards", "Best regards", "Sincerely", "Thanks", "Thank you", "Cheers" closing a letter.</summary>
    private static bool IsClosing(string text, ImmutableArray<TextSpan> tokens, int k)
    {
        var w = tokens[k].SliceOf(text);
        if (w.Equals("you", StringComparison.OrdinalIgnoreCase))
            return k > 0 && tokens[k - 1].SliceOf(text).Equals("Thank", StringComparison.OrdinalIgnoreCase);
        foreach (var c in Closings) if (w.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Abbreviations.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] Closings = ["regards", "sincerely", "thanks", "cheers", "best", "respectfully", "yours", "thx"];

    private static bool IsAddress(ReadOnlySpan<char> t) =>
        t.Length > 4 && (t.Contains('@') || t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static bool IsLine(ReadOnlySpan<char> t)
    {
        if (t.Length < 3) return false;
        foreach (var c in t) if (c is not ('-' or '=' or '*' or '_' or '~' or '+' or '#')) return false;
        return true;
    }


    /// <summary>"10:13", "03:14:14".</summary>
    private static bool IsClockTime(ReadOnlySpan<char> t) =>
        t.Length is >= 4 and <= 8 && char.IsDigit(t[0]) && t.Contains(':') && !t.ContainsAnyExcept("0123456789:");

    /// <summary>"03/23/2001", "10/08/99".</summary>
    private static bool IsDate(ReadOnlySpan<char> t) =>
        t.Length is >= 6 and <= 10 && char.IsDigit(t[0]) && t.Count('/') == 2 && !t.ContainsAnyExcept("0123456789/");

    /// <summary>
    /// A dateline at the start of a paragraph is a sentence of its own, as in the Wikinews gold data: a place
    /// ("BAGHDAD —", "Evansville, Indiana, United States -") or a date ("Thursday, May 7, 2015") before the story.
    /// </summary>
    private static bool EndsDateline(string text, ImmutableArray<TextSpan> tokens, int first, int i)
    {
        if (i + 1 >= tokens.Length || i - first > 7 || !char.IsUpper(text[tokens[i + 1].Start])) return false;
        if (first > 0 && !text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Contains('\n')) return false;
        var tok = tokens[i].SliceOf(text);
        bool dash = tok is "—" or "–" or "-" or "--";
        bool year = tok.Length == 4 && int.TryParse(tok, out var y) && y is > 1800 and < 2200
                    && Weekdays.Contains(tokens[first].Of(text));
        if (!dash && !year) return false;
        if (year && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n')) return false;
        for (int k = first; k < i; k++)
        {
            var w = tokens[k].SliceOf(text);
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "," or "(" or ")" or "." || w.SequenceEqual("-"))) return false;
        }
        return i > first;
    }

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>An image credit ("Image: …", "Photo: …") after a caption starts a new sentence.</summary>
    private static bool StartsCaption(string text, ImmutableArray<TextSpan> tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1].SliceOf(text) is ":"
        && tokens[i].SliceOf(text) is "Image" or "Photo" or "Picture" or "Credit" or "Video" or "File";

    private static bool IsMidSentencePunct(char c) => c is ',' or ';' or ':' or ')' or ']';

    private static bool IsCloser(string text, TextSpan tok, TextSpan _) =>
        tok.Length == 1 && text[tok.Start] is '"' or '”' or '’' or '\'' or ')' or ']' or '}' or '»';

    /// <summary>Unambiguous opening marks (a straight quote right after a stop closes, it does not open).</summary>
    private static bool IsOpener(string text, TextSpan tok) =>
        tok.Length == 1 && text[tok.Start] is '“' or '‘' or '(' or '[' or '«';

}
