using System.Globalization;

namespace Annalist.Storage.Export;

/// <summary>Field rendering shared by the tab-separated formats: no tabs or line breaks inside a field, invariant numbers.</summary>
internal static class Tsv
{
    public static string Clean(string? s) =>
        s is null ? "" : s.IndexOfAny(['\t', '\r', '\n']) < 0 ? s : s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    public static string Number(double? d) => d?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Number(long? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Compact(DateOnly? d) => d?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";

    public static void WriteRow(TextWriter w, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) w.Write('\t');
            w.Write(Clean(fields[i]));
        }
        w.Write('\n');
    }

    /// <summary>The distinct non-empty values, in order, joined with <c>;</c>.</summary>
    public static string Join(IEnumerable<string?> values) =>
        string.Join(';', values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Select(v => Clean(v).Replace(';', ',')));
}
