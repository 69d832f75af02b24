using System.Globalization;
using System.Text;

namespace Annalist.Geo;

/// <summary>
/// The one normalization used both to index gazetteer names and to look up text: diacritics folded, lower case,
/// periods and commas dropped, a leading "the" dropped, whitespace collapsed ("Washington, D.C." = "washington dc").
/// </summary>
internal static class PlaceNames
{
    public static string Key(ReadOnlySpan<char> text)
    {
        if (IsSimple(text)) return string.Create(text.Length, text.ToString(), static (dst, src) => src.AsSpan().ToLowerInvariant(dst));
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (var ch in folded)
        {
            char c = ch switch { '\u2019' or '\u2018' or '`' => '\'', '\u2010' or '\u2011' or '\u2013' => '-', _ => ch };
            if (c is '.' or ',') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Plain ASCII letters with single inner spaces and no "the ": the key is just the lower-cased text.</summary>
    private static bool IsSimple(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-' or '\'') continue;
            if (c == ' ' && text[i - 1] != ' ') continue;
            return false;
        }
        return !(text.Length > 4 && (text[0] is 't' or 'T') && (text[1] is 'h' or 'H') && (text[2] is 'e' or 'E') && text[3] == ' ');
    }

    private static string Fold(ReadOnlySpan<char> text)
    {
        bool ascii = true;
        foreach (var c in text) if (c > 127) { ascii = false; break; }
        if (ascii) return text.ToString();
        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
