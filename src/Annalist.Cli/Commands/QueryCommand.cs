using System.CommandLine;
using System.Globalization;
using Annalist.Formats;
using Annalist.Storage;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist query</c>: stored events (or dedup clusters) matching filters, as a tab-separated table.</summary>
internal static class QueryCommand
{
    public static Command Create(ICliConsole console)
    {
        var filters = new EventFilterOptions();
        var clusters = new Option<bool>("--clusters") { Description = "List dedup clusters (one line per report) instead of events." };
        var minReports = new Option<int>("--min-reports") { Description = "With --clusters: only clusters with at least this many reports.", DefaultValueFactory = _ => 1 };
        var command = new Command("query", "Show stored events matching filters (tab-separated, with a header).");
        filters.AddTo(command);
        command.Options.Add(clusters);
        command.Options.Add(minReports);
        command.SetAction(p =>
        {
            var (query, error) = filters.Read(p);
            if (query is null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            using var store = EventFilterOptions.OpenExisting(p.GetValue(filters.Db)!, console);
            if (store is null) return ExitCodes.Usage;
            var w = console.Out;
            if (p.GetValue(clusters))
            {
                w.WriteLine("cluster\treports\tfirst_date\tlast_date\tactor\trecipient\tcameo_root\tevent_id\tevent_date\tcameo\tsource\turl\tarticle_date");
                foreach (var c in store.Clusters(query, Math.Max(1, p.GetValue(minReports))))
                    foreach (var m in c.Mentions)
                        w.WriteLine(string.Join('\t', c.Id, c.Reports.ToString(CultureInfo.InvariantCulture), EventNames.Of(c.FirstDate), EventNames.Of(c.LastDate),
                            c.Actor, c.Recipient, c.CameoRoot, m.EventId, EventNames.Of(m.EventDate), m.Cameo, m.Source, m.Url, EventNames.Of(m.PublicationDate)));
                return ExitCodes.Ok;
            }
            w.WriteLine("date\tid\tactor\trecipient\tcameo\tplover\tmodality\tplace\tsource\tcluster\tevidence");
            foreach (var s in store.Query(query))
            {
                var e = s.Event;
                w.WriteLine(string.Join('\t', EventNames.Of(e.Date.Start), e.Id, e.Actor?.Code.Code, e.Recipient?.Code.Code, e.Cameo.Code,
                    e.Plover.EventName + (e.Plover.Mode is { } mode ? "/" + mode : ""), EventNames.Of(e.Modality), e.Location?.Name, s.Source, s.ClusterId,
                    Flat(s.EvidenceText)));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Flat(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
