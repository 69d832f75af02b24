using System.Collections.Frozen;

namespace Annalist.Text;

/// <summary>
/// Web-text tokens the tokenizer keeps whole, as UD English (EWT, GUM) does: e-mail addresses, handles and hashtags,
/// domain and file names, emoticons, runs of stops ("?!", "!!!") and of line-drawing symbols ("====", "&lt;&lt;"),
/// doubled quotes, and shortened years ("'99"). Each matcher takes the text and a token start and returns the
/// token's end, or -1.
/// </summary>
internal static class TokenPatterns
{
    /// <summary>"name@example.com", "Warner@ENRON", "franz371...@gmail.com", "@example.com", "mailto:a@b.com".</summary>
    public static int Email(string t, int i)
    {
        int n = t.Length, p = i;
        if (Matches(t, i, "mailto:")) p += 7;
        int localStart = p;
        while (p < n && IsLocalChar(t[p])) p++;
        if (p >= n || t[p] != '@') return -1;
        if (p == localStart && (localStart != i || !IsWordCharOrDigit(t, p + 1))) return -1;
        if (p > localStart && !char.IsLetterOrDigit(t[localStart])) return -1;
        int end = DomainEnd(t, p + 1);
        return end > p + 1 ? end : -1;
    }

    /// <summary>"#audiobooks", "@user": a hash or at sign before letters (not "# 5", "#1").</summary>
    public static int Handle(string t, int i)
    {
        if (t[i] is not ('#' or '@') || i + 1 >= t.Length || !char.IsLetter(t[i + 1])) return -1;
        if (i > 0 && char.IsLetterOrDigit(t[i - 1])) return -1;
        int p = i + 1;
        while (p < t.Length && (char.IsLetterOrDigit(t[p]) || t[p] == '_')) p++;
        return p;
    }

    /// <summary>
    /// "paulhastings.com", "irc.example.net/path", "API.pdf", "Lisa_resume.doc", "alt.animals.cats", ".doc":
    /// dot-joined pieces ending in a known top-level domain or file extension, or Usenet group names.
    /// </summary>
    public static int DomainOrFile(string t, int i)
    {
        int n = t.Length, p = i, pieces = 0, lastStart = i;
        bool leadingDot = t[i] == '.';
        if (leadingDot)
        {
            if (i > 0 && char.IsLetterOrDigit(t[i - 1])) return -1;
            p++;
            lastStart = p;
        }
        while (true)
        {
            int s = p;
            while (p < n && IsPieceChar(t[p])) p++;
            if (p == s) return -1;
            pieces++;
            lastStart = s;
            if (p + 1 < n && t[p] == '.' && IsPieceChar(t[p + 1])) { p++; continue; }
            break;
        }
        if (leadingDot) return pieces == 1 && FileExtensions.Contains(t[lastStart..p]) && !IsWordCharOrDigit(t, p) ? p : -1;
        if (pieces < 2) return -1;
        int firstEnd = t.IndexOf('.', i);
        if (firstEnd - i is >= 3 and <= 10 && UsenetRoots.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.AsSpan(i, firstEnd - i))) return p;
        var last = t.AsSpan(lastStart, p - lastStart);
        if (!IsLetters(last)) return -1;
        var lookup = Domains.GetAlternateLookup<ReadOnlySpan<char>>();
        if (FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last)) return p;
        if (lookup.Contains(last))
        {
            if (p < n && t[p] == '/') return Tokenizer.UrlEnd(t, i);
            return p;
        }
        return -1;
    }

    /// <summary>":)", ":-(", ";)", ":D", "=)", "(:", "^_^", "&lt;3": not followed by a letter or digit.</summary>
    public static int Emoticon(string t, int i)
    {
        if (t[i] is not (':' or ';' or '=' or '(' or '^' or '>' or '<')) return -1;
        foreach (var e in Emoticons)
        {
            if (!Matches(t, i, e)) continue;
            int end = i + e.Length;
            if (end < t.Length && char.IsLetterOrDigit(t[end])) continue;
            if (e[0] is '(' or '<' && i > 0 && !Tokenizer.IsSpace(t[i - 1])) continue;
            if (char.IsLetter(e[^1]) && end < t.Length && !Tokenizer.IsSpace(t[end]) && t[end] is not (',' or '.' or '!' or '?')) continue;
            return end;
        }
        return -1;
    }

    private static readonly string[] Emoticons =
        [":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":'(", ">:(", ":)", ":(", ":D", ":P", ":p", ":/", ";)", "=)", "=(", "(:", "^_^", "^^", "<3"];

    public static bool IsEmoticon(ReadOnlySpan<char> token)
    {
        foreach (var e in Emoticons) if (token.SequenceEqual(e)) return true;
        return false;
    }

    /// <summary>
    /// A run the tokenizer keeps as one token: stops in any mix ("!!", "?!", "...?", "…."), dashes ("--"), a
    /// repeated or mixed run of line-drawing and arrow symbols ("*****", "==--", "&lt;&lt;", "-&gt;"), "$$$",
    /// a doubled quote ("''", "``", "’’") or an omission mark ("[...]"). -1 if the character at <paramref name="i"/> stands alone.
    /// </summary>
    public static int PunctuationRun(string t, int i)
    {
        int n = t.Length, p = i + 1;
        char c = t[i];
        if (c is '[' or '(' && p + 4 <= n && string.CompareOrdinal(t, p, "...", 0, 3) == 0 && t[p + 3] == (c == '[' ? ']' : ')'))
            return p + 4;                                                           // "[...]": an omission
        if (IsStop(c))
        {
            while (p < n && IsStop(t[p])) p++;
        }
        else if (IsLineChar(c))
        {
            while (p < n && IsLineChar(t[p])) p++;
            if (p - i == 2 && c == '<' && t[i + 1] == '>') return -1;              // "<>": two tokens
        }
        else if (c is '$' or '\\')
        {
            while (p < n && t[p] == c) p++;
        }
        else if (c is '\'' or '`' or '’' or '‘' && p < n && (t[p] == c || c == '‘' && t[p] == '’'))
        {
            p++;
        }
        return p - i >= 2 ? p : -1;
    }

    /// <summary>
    /// A number written with a sign or without its leading zero, after a space: "+1", "+44", ".99" (a price). -1
    /// otherwise.
    /// </summary>
    public static int SignedNumber(string t, int i)
    {
        if (t[i] is not ('+' or '.') || i + 1 >= t.Length || !char.IsDigit(t[i + 1])) return -1;
        if (i > 0 && (char.IsLetterOrDigit(t[i - 1]) || t[i - 1] == '.')) return -1;
        int p = i + 1;
        while (p < t.Length && char.IsDigit(t[p])) p++;
        if (t[i] == '+' && p + 1 < t.Length && t[p] == '.' && char.IsDigit(t[p + 1]))
            for (p++; p < t.Length && char.IsDigit(t[p]);) p++;
        return p < t.Length && char.IsLetter(t[p]) ? -1 : p;
    }

    /// <summary>"'s" standing alone after a space ("Jones 's"), as one token.</summary>
    public static int LoneClitic(string t, int i)
    {
        if (t[i] is not ('\'' or '’') || i + 1 >= t.Length || t[i + 1] is not ('s' or 'S')) return -1;
        if (i == 0 || !Tokenizer.IsSpace(t[i - 1]) || i + 2 < t.Length && char.IsLetterOrDigit(t[i + 2])) return -1;
        return i + 2;
    }

    /// <summary>"'99", "’90s": an apostrophe that shortens a year, at the start of a word.</summary>
    public static int ShortYear(string t, int i)
    {
        if (t[i] is not ('\'' or '’') || i + 2 >= t.Length || !char.IsDigit(t[i + 1]) || !char.IsDigit(t[i + 2])) return -1;
        if (i > 0 && !Tokenizer.IsSpace(t[i - 1]) && t[i - 1] is not ('(' or '"' or '“')) return -1;
        int p = i + 3;
        if (p < t.Length && t[p] == 's') p++;
        return p < t.Length && char.IsLetterOrDigit(t[p]) ? -1 : p;
    }

    private static bool IsStop(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsLineChar(char c) => c is '-' or '=' or '*' or '+' or '<' or '>' or '_' or '~' or '#' or '|' or '/';

    /// <summary>A character of an e-mail address, host or file name (before any "@").</summary>
    public static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '#' or '~';

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsPieceChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '#' or '~';

    private static bool IsWordCharOrDigit(string t, int i) => i < t.Length && char.IsLetterOrDigit(t[i]);

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiLetter(c)) return false;
        return s.Length > 0;
    }

    /// <summary>End of "example.co.uk" from <paramref name="i"/>: letters, digits, hyphens and inner dots.</summary>
    private static int DomainEnd(string t, int i)
    {
        int p = i;
        while (p < t.Length && (char.IsAsciiLetterOrDigit(t[p]) || t[p] is '-' or '_' || t[p] == '.' && p + 1 < t.Length && char.IsAsciiLetterOrDigit(t[p + 1]))) p++;
        return p;
    }

    private static bool Matches(string t, int i, string s) => t.Length - i >= s.Length && string.CompareOrdinal(t, i, s, 0, s.Length) == 0;

    /// <summary>Top-level domains that end a host name ("in", "is", "it", "to", "us" and such are left out: they are words).</summary>
    private static readonly FrozenSet<string> Domains = FrozenSet.ToFrozenSet(
    [
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "uk", "ca", "au", "de", "fr", "jp", "cn", "ru",
        "tw", "nz", "ie", "nl", "se", "ch", "es", "br", "za", "io", "tv", "ly",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FileExtensions = FrozenSet.ToFrozenSet(
    [
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "htm", "html", "jpg", "jpeg", "gif", "png", "bmp",
        "zip", "exe", "asp", "aspx", "php", "url", "dtf", "csv", "rtf", "wav", "mp3", "mp4", "avi", "mov", "wpd",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Usenet hierarchies: "alt.animals.cats", "comp.sources.unix".</summary>
    private static readonly FrozenSet<string> UsenetRoots = FrozenSet.ToFrozenSet(
        ["alt", "comp", "misc", "rec", "sci", "soc", "talk", "news", "humanities"], StringComparer.Ordinal);
}
