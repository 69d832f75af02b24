using Annalist.Documents;

namespace Annalist.Storage;

/// <summary>
/// When two reported events are the same happening (docs/formats/store.md, "Dedup"): same actor code, same
/// recipient code and same CAMEO root; both dated to an interval shorter than <see cref="MaxSpanDays"/> days, with at
/// most <see cref="GapDays"/> day between the intervals; and compatible places (an unknown place is compatible with
/// any; known places agree on country and, when both have one, on admin1). A new event joins the
/// closest-dated cluster whose reports in the window all have compatible places; otherwise it starts its own.
/// </summary>
public static class DedupRule
{
    /// <summary>Intervals this long or longer (months, years) are too vague to link.</summary>
    public const int MaxSpanDays = 8;
    public const int GapDays = 1;

    /// <summary>The key events must share: actor, recipient and CAMEO root.</summary>
    public static string DyadKey(CodedEvent e) => $"{e.Actor?.Code.Code}|{e.Recipient?.Code.Code}|{e.Cameo.RootCode}";

    public static bool PlacesCompatible(string? countryA, string? admin1A, string? countryB, string? admin1B)
    {
        if (countryA is null || countryB is null) return true;
        if (!string.Equals(countryA, countryB, StringComparison.OrdinalIgnoreCase)) return false;
        return admin1A is null || admin1B is null || string.Equals(admin1A, admin1B, StringComparison.OrdinalIgnoreCase);
    }
}
