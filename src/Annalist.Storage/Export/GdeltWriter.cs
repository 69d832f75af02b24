using System.Globalization;
using Annalist.Documents;

namespace Annalist.Storage.Export;

/// <summary>
/// A GDELT 2.0-shaped event table: the 61 columns in GDELT's order, tab-separated, no header; the fields we can
/// fill are filled and the rest left empty (docs/formats/store.md says which, and how ours differ).
/// </summary>
public static class GdeltWriter
{
    private static readonly string[] Geo = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"];

    public static readonly IReadOnlyList<string> Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"), .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. Geo.Select(g => "Actor1Geo_" + g), .. Geo.Select(g => "Actor2Geo_" + g), .. Geo.Select(g => "ActionGeo_" + g),
        "DATEADDED", "SOURCEURL",
    ];

    private static string[] Actor(string p) =>
        [p + "Code", p + "Name", p + "CountryCode", p + "KnownGroupCode", p + "EthnicCode", p + "Religion1Code", p + "Religion2Code", p + "Type1Code", p + "Type2Code", p + "Type3Code"];

    public static void Write(TextWriter w, IEnumerable<ExportRecord> records)
    {
        ArgumentNullException.ThrowIfNull(w);
        foreach (var r in records) Tsv.WriteRow(w, Row(r));
        w.Flush();
    }

    public static string?[] Row(ExportRecord r)
    {
        var e = r.Event.Event;
        var date = e.Date.Start ?? r.Event.PublicationDate;
        var place = e.Location;
        string?[] none = new string?[8];
        return
        [
            e.Id, Tsv.Compact(date),
            date is { } d ? d.ToString("yyyyMM", CultureInfo.InvariantCulture) : "",
            date?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            date is { } f ? (f.Year + (f.DayOfYear - 1) / (DateTime.IsLeapYear(f.Year) ? 366.0 : 365.0)).ToString("0.0000", CultureInfo.InvariantCulture) : "",
            .. ActorFields(e.Actor), .. ActorFields(e.Recipient),
            e.Evidence.SentenceIndex == 0 ? "1" : "0",
            e.Cameo.Code, e.Cameo.Code[..Math.Min(3, e.Cameo.Code.Length)], e.Cameo.RootCode,
            ((int)e.Cameo.QuadClass).ToString(CultureInfo.InvariantCulture), Tsv.Number(e.Cameo.Goldstein),
            Tsv.Number(r.Reports.Count), Tsv.Number(r.Reports.Select(m => m.Source).Distinct().LongCount()),
            Tsv.Number(r.Reports.Select(m => m.ArticleId).Distinct().LongCount()), "",
            .. none, .. none,
            place is null ? "" : GeoType(place.Kind), place?.Name, place?.Country, place?.Admin1, "",
            Tsv.Number(place?.Latitude), Tsv.Number(place?.Longitude), Tsv.Number(place?.GeonameId),
            Tsv.Compact(r.Event.PublicationDate), r.Event.Url,
        ];
    }

    private static string?[] ActorFields(EventActor? a)
    {
        if (a is null) return new string?[10];
        var c = a.Code;
        var types = c.Blocks.Skip(c.Country is null ? 0 : 1).ToList();
        return [c.Code, a.Text, c.Country, null, null, null, null, types.ElementAtOrDefault(0), types.ElementAtOrDefault(1), types.ElementAtOrDefault(2)];
    }

    /// <summary>GDELT geo types: 1 country, 4 world city, 5 world state (admin1).</summary>
    private static string GeoType(PlaceKind k) => k switch
    {
        PlaceKind.Country => "1",
        PlaceKind.Admin1 => "5",
        _ => "4",
    };
}
