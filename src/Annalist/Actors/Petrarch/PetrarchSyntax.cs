using System.Globalization;
using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>Pieces of syntax the PETRARCH dictionary formats share: comments, codes in brackets, dates.</summary>
internal static class PetrarchSyntax
{
    /// <summary>Two-digit years below this are 20xx, others 19xx (the dictionaries were written 1990–2014).</summary>
    public const int TwoDigitYearPivot = 30;

    /// <summary>Strips a trailing comment ('#', or TABARI's ';').</summary>
    public static string StripComment(string line)
    {
        int i = line.IndexOfAny(['#', ';']);
        return i < 0 ? line : line[..i];
    }

    /// <summary>Tracks <c>&lt;!-- … --&gt;</c> comments, which may span lines. True if the line is (inside) one.</summary>
    public static bool InXmlComment(string line, ref bool open)
    {
        if (open)
        {
            if (line.Contains("-->", StringComparison.Ordinal)) open = false;
            return true;
        }
        if (line.AsSpan().TrimStart().StartsWith("<!", StringComparison.Ordinal))
        {
            open = !line.Contains("-->", StringComparison.Ordinal) && !line.TrimEnd().EndsWith('>');
            return true;
        }
        return false;
    }

    /// <summary>True for a code made of 3-character blocks of A–Z and 0–9, or the null code "---".</summary>
    public static bool IsValidCode(string code)
    {
        if (code == DatedCode.NullCode) return true;
        // "[FRO/BIL/SAM]": a phrase that names several actors at once.
        if (code.Contains('/')) return code.Split('/').All(c => c != DatedCode.NullCode && IsValidCode(c));
        if (code.Length == 0 || code.Length % 3 != 0) return false;
        foreach (var c in code)
            if (c is not (>= 'A' and <= 'Z') and not (>= '0' and <= '9')) return false;
        return true;
    }

    /// <summary>Parses YYMMDD or YYYYMMDD.</summary>
    public static bool TryParseDate(string s, out DateOnly date)
    {
        date = default;
        if (s.Length is not (6 or 8) || !s.All(char.IsAsciiDigit)) return false;
        int year, rest;
        if (s.Length == 8) { year = int.Parse(s.AsSpan(0, 4), CultureInfo.InvariantCulture); rest = 4; }
        else
        {
            int yy = int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture);
            year = yy < TwoDigitYearPivot ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        int month = int.Parse(s.AsSpan(rest, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(s.AsSpan(rest + 2, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Parses the inside of one actor code bracket: <c>CODE</c>, <c>CODE &gt;date</c>, <c>CODE &lt;date</c> or
    /// <c>CODE date-date</c>, with any blanks or tabs around the parts. Reports and returns null on error.
    /// </summary>
    public static DatedCode? ParseDatedCode(string inside, LineRef location, ICollection<Diagnostic> diags)
    {
        var t = inside.Trim();
        int sp = 0;
        while (sp < t.Length && !char.IsWhiteSpace(t[sp]) && t[sp] is not ('<' or '>')) sp++;
        var code = t[..sp].ToUpperInvariant();
        var rest = string.Concat(t[sp..].Where(c => !char.IsWhiteSpace(c)));
        if (code.Length == 0 || code.Any(char.IsAsciiDigit) && code.Contains('-') && code != DatedCode.NullCode)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconSyntax, Severity.Error, location, $"no code in [{inside}]."));
            return null;
        }
        if (!IsValidCode(code))
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadCode, Severity.Warning, location,
                $"'{code}' is not an actor code (3-character blocks of A-Z and 0-9, or ---); ignored."));
            return null;
        }
        if (rest.Length == 0) return new DatedCode(code);
        if (rest[0] is '<' or '>')
        {
            if (!TryParseDate(rest[1..], out var d)) return BadDate(rest);
            return rest[0] == '<' ? new DatedCode(code, null, d) : new DatedCode(code, d, null);
        }
        if (TryParseDate(rest, out var single))
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadDate, Severity.Warning, location, $"date '{rest}' for {code} has no '<', '>' or range; read as >{rest}."));
            return new DatedCode(code, single, null);
        }
        int dash = rest.IndexOf('-');
        if (dash < 0 || !TryParseDate(rest[..dash], out var from) || !TryParseDate(rest[(dash + 1)..], out var to)) return BadDate(rest);
        if (to < from)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadDate, Severity.Error, location, $"date range '{rest}' ends before it starts."));
            return null;
        }
        return new DatedCode(code, from, to);

        DatedCode? BadDate(string r)
        {
            diags.Add(new Diagnostic(DiagnosticIds.LexiconBadDate, Severity.Error, location,
                $"bad date restriction '{r}' for {code}: expected >date, <date or date-date with dates YYMMDD or YYYYMMDD."));
            return null;
        }
    }

    /// <summary>Splits "text [A] [B]" into the text before the first bracket and the bracket contents.</summary>
    public static (string Text, List<string> Brackets, bool Unclosed) SplitBrackets(string s)
    {
        var brackets = new List<string>();
        int first = s.IndexOf('[');
        if (first < 0) return (s, brackets, false);
        int i = first;
        while (i < s.Length)
        {
            int open = s.IndexOf('[', i);
            if (open < 0) break;
            int close = s.IndexOfAny([']', '}'], open + 1);
            if (close < 0) return (s[..first], brackets, true);
            brackets.Add(s[(open + 1)..close]);
            i = close + 1;
        }
        return (s[..first], brackets, false);
    }
}
