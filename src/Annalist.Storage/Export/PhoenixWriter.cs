using System.Globalization;
using Annalist.Documents;

namespace Annalist.Storage.Export;

/// <summary>
/// The Phoenix event format: 26 tab-separated columns, no header (docs/formats/store.md lists them). Actor codes
/// split into root (country or first block), agent (the sector block) and others (the remaining blocks, <c>;</c>-joined).
/// </summary>
public static class PhoenixWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "date", "year", "month", "day", "source", "source_root", "source_agent", "source_others",
        "target", "target_root", "target_agent", "target_others", "code", "root_code", "quad_class", "goldstein",
        "issues", "lat", "lon", "place", "admin1", "country", "story_ids", "urls", "sources",
    ];

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
        var (sRoot, sAgent, sOthers) = Split(e.Actor?.Code);
        var (tRoot, tAgent, tOthers) = Split(e.Recipient?.Code);
        return
        [
            e.Id, Tsv.Compact(date), Num(date?.Year), Num(date?.Month), Num(date?.Day),
            e.Actor?.Code.Code, sRoot, sAgent, sOthers,
            e.Recipient?.Code.Code, tRoot, tAgent, tOthers,
            e.Cameo.Code, e.Cameo.RootCode, Num((int)e.Cameo.QuadClass), Tsv.Number(e.Cameo.Goldstein),
            string.Join(';', e.Plover.Contexts),
            Tsv.Number(e.Location?.Latitude), Tsv.Number(e.Location?.Longitude), e.Location?.Name, e.Location?.Admin1, e.Location?.Country,
            Tsv.Join(r.Reports.Select(m => m.ArticleId)), Tsv.Join(r.Reports.Select(m => m.Url)), Tsv.Join(r.Reports.Select(m => m.Source)),
        ];
    }

    private static string Num(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static (string? Root, string? Agent, string? Others) Split(ActorCode? code)
    {
        if (code is not { } c || c.Blocks.Length == 0) return (null, null, null);
        var root = c.Blocks[0];
        var agent = c.Sector;
        var others = c.Blocks.Skip(1).ToList();
        if (agent is not null) others.Remove(agent);
        return (root, agent, string.Join(';', others));
    }
}
