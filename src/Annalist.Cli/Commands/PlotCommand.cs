using System.CommandLine;
using Annalist.Storage.Export;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist plot</c>: the stats series of the busiest dyads as a PNG line chart.</summary>
internal static class PlotCommand
{
    public static Command Create(ICliConsole console)
    {
        var filters = new EventFilterOptions();
        var period = StatsCommand.PeriodOption();
        var output = new Option<string>("--out", "-o") { Description = "The PNG file to write.", Required = true };
        var metric = new Option<string>("--metric") { Description = "events or goldstein.", DefaultValueFactory = _ => "events" };
        var top = new Option<int>("--top") { Description = "How many dyads to draw (the busiest).", DefaultValueFactory = _ => 5 };
        var command = new Command("plot", "Draw events or Goldstein sums per dyad per period as a PNG chart.");
        filters.AddTo(command);
        foreach (var o in new Option[] { period, output, metric, top }) command.Options.Add(o);
        command.SetAction(p =>
        {
            if (!StatsCommand.TryPeriod(p.GetValue(period), console, out var bucket)) return ExitCodes.Usage;
            var m = p.GetValue(metric)?.Trim().ToLowerInvariant() switch
            {
                "events" => StatsMetric.Events,
                "goldstein" => StatsMetric.Goldstein,
                _ => (StatsMetric?)null,
            };
            if (m is null)
            {
                console.Error.WriteLine($"error: unknown --metric '{p.GetValue(metric)}'; expected events or goldstein");
                return ExitCodes.Usage;
            }
            if (p.GetValue(top) < 1)
            {
                console.Error.WriteLine("error: --top must be at least 1");
                return ExitCodes.Usage;
            }
            var path = p.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null && !Directory.Exists(dir))
            {
                console.Error.WriteLine($"error: cannot write '{path}': folder '{dir}' does not exist");
                return ExitCodes.Usage;
            }
            var (query, error) = filters.Read(p);
            if (query is null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            using var store = EventFilterOptions.OpenExisting(p.GetValue(filters.Db)!, console);
            if (store is null) return ExitCodes.Usage;
            var stats = store.Aggregate(query with { Limit = null }, bucket);
            var drawn = StatsChart.SavePng(stats, bucket, m.Value, p.GetValue(top), path);
            console.Error.WriteLine($"wrote {path}: {drawn.Count} {(drawn.Count == 1 ? "dyad" : "dyads")}{(drawn.Count > 0 ? " (" + string.Join(", ", drawn) + ")" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
