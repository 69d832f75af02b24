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
            if (!last && !EndsAfter(text, tokens, i) && !EndsDateline(text, tokens, first, i) && !StartsCaption(text, tokens, i + 1))
                continue;
            sentences.Add(new Sentence(first, i - first + 1, new TextSpan(tokens[first].Start, tokens[i].End)));
            first = i + 1;
        }
        return sentences.ToImmutable();
    }

    private static bool EndsAfter(string text, ImmutableArray<TextSpan> tokens, int i)
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

        if (coreText is "." or "!" or "?" or "..." or "…" || (coreText.Length > 1 && coreText.Trim('.').Length == 0))
            return !char.IsLower(nextFirst) && !IsMidSentencePunct(nextFirst);

        if (coreText.Length > 1 && coreText[^1] == '.')
        {
            var stem = coreText[..^1].ToString();
            if (Abbreviations.Titles.Contains(stem) || stem.Length == 1) return false;
            return Abbreviations.SentenceStarters.Contains(next.Of(text));
        }
        return false;
    }

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
