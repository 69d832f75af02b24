using System.CommandLine;
using System.Globalization;
using Annalist.Formats;
using Annalist.Storage;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist stats</c>: events, Goldstein sums and quad-class shares per dyad per day, week or month.</summary>
internal static class StatsCommand
{
    public static Command Create(ICliConsole console)
    {
        var filters = new EventFilterOptions();
        var period = PeriodOption();
        var csv = new Option<bool>("--csv") { Description = "Write CSV (counts and shares) instead of an aligned table." };
        var command = new Command("stats", "Aggregate stored events per dyad and period: counts, Goldstein sums, quad-class shares.");
        filters.AddTo(command);
        command.Options.Add(period);
        command.Options.Add(csv);
        command.SetAction(p =>
        {
            if (!TryPeriod(p.GetValue(period), console, out var bucket)) return ExitCodes.Usage;
            var (query, error) = filters.Read(p);
            if (query is null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            using var store = EventFilterOptions.OpenExisting(p.GetValue(filters.Db)!, console);
            if (store is null) return ExitCodes.Usage;
            var rows = store.Aggregate(query, bucket);
            if (query.Limit is { } limit) rows = rows.Take(limit).ToList();
            if (p.GetValue(csv)) WriteCsv(console.Out, rows);
            else WriteTable(console.Out, rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static Option<string> PeriodOption() =>
        new("--period") { Description = "day, week (Monday-based) or month.", DefaultValueFactory = _ => "month" };

    internal static bool TryPeriod(string? name, ICliConsole console, out AggregatePeriod period)
    {
        if (Enum.TryParse(name, ignoreCase: true, out period) && Enum.IsDefined(period) && !int.TryParse(name, out _)) return true;
        console.Error.WriteLine($"error: unknown --period '{name}'; expected day, week or month");
        return false;
    }

    private static string Share(long part, long total) => total == 0 ? "0" : ((double)part / total).ToString("0.###", CultureInfo.InvariantCulture);

    private static void WriteCsv(TextWriter w, IReadOnlyList<DyadPeriodStat> rows)
    {
        w.WriteLine("period,actor,recipient,events,goldstein_sum,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
            + "verbal_cooperation_share,material_cooperation_share,verbal_conflict_share,material_conflict_share");
        foreach (var r in rows)
            w.WriteLine(string.Join(',', EventNames.Of(r.PeriodStart), r.Actor, r.Recipient, r.Events.ToString(CultureInfo.InvariantCulture),
                r.GoldsteinSum.ToString("R", CultureInfo.InvariantCulture),
                r.VerbalCooperation.ToString(CultureInfo.InvariantCulture), r.MaterialCooperation.ToString(CultureInfo.InvariantCulture),
                r.VerbalConflict.ToString(CultureInfo.InvariantCulture), r.MaterialConflict.ToString(CultureInfo.InvariantCulture),
                Share(r.VerbalCooperation, r.Events), Share(r.MaterialCooperation, r.Events), Share(r.VerbalConflict, r.Events), Share(r.MaterialConflict, r.Events)));
    }

    private static void WriteTable(TextWriter w, IReadOnlyList<DyadPeriodStat> rows)
    {
        var table = new List<string[]> { new[] { "period", "actor", "recipient", "events", "goldstein", "vcoop", "mcoop", "vconf", "mconf" } };
        foreach (var r in rows)
            table.Add([EventNames.Of(r.PeriodStart)!, r.Actor, r.Recipient, r.Events.ToString(CultureInfo.InvariantCulture),
                r.GoldsteinSum.ToString("0.0", CultureInfo.InvariantCulture),
                Share(r.VerbalCooperation, r.Events), Share(r.MaterialCooperation, r.Events), Share(r.VerbalConflict, r.Events), Share(r.MaterialConflict, r.Events)]);
        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(row => row[i].Length)).ToArray();
        foreach (var row in table)
            w.WriteLine(string.Join("  ", row.Select((cell, i) => i >= 3 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd());
    }
}
