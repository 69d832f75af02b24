using System.Globalization;

namespace Annalist.Formats;

/// <summary>Parses the dates users give (<c>YYYY-MM-DD</c>, optionally followed by an ISO time) with a readable reason on failure.</summary>
public static class DateText
{
    public static bool TryParse(string? text, out DateOnly date, out string reason)
    {
        date = default;
        reason = "";
        var t = text?.Trim() ?? "";
        // An ISO timestamp ("2020-01-15T08:30:00Z") dates the article by its calendar day.
        if (t.Length > 10 && (t[10] == 'T' || t[10] == ' ')) t = t[..10];
        if (t.Length != 10 || t[4] != '-' || t[7] != '-'
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(t.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            reason = $"'{text}' is not a date in the form YYYY-MM-DD";
            return false;
        }
        if (year < 1)
        {
            reason = $"'{text}' has year {year}; years start at 1";
            return false;
        }
        if (month is < 1 or > 12)
        {
            reason = $"'{text}' has month {month}; months are 01–12";
            return false;
        }
        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            reason = $"'{text}' is not a real day: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days";
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
