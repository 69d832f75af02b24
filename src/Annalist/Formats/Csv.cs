using System.Globalization;

namespace Annalist.Formats;

/// <summary>RFC 4180 field quoting.</summary>
internal static class Csv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void WriteField(TextWriter w, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        // Leading/trailing spaces are quoted too: some readers trim unquoted fields.
        if (value.IndexOfAny(NeedsQuotes) < 0 && value[0] != ' ' && value[^1] != ' ')
        {
            w.Write(value);
            return;
        }
        w.Write('"');
        w.Write(value.Replace("\"", "\"\""));
        w.Write('"');
    }

    public static string? Number(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);
    public static string? Number(int? i) => i?.ToString(CultureInfo.InvariantCulture);
    public static string Bool(bool b) => b ? "true" : "false";
}
