using ScottPlot;

namespace Annalist.Storage.Export;

/// <summary>Draws dyad time series (events or Goldstein sums per period) as a PNG line chart.</summary>
public static class StatsChart
{
    /// <summary>
    /// Plots the <paramref name="topDyads"/> dyads with the most events; periods with no event count as zero.
    /// Returns the dyads drawn, busiest first.
    /// </summary>
    public static IReadOnlyList<string> SavePng(IReadOnlyList<DyadPeriodStat> stats, AggregatePeriod period, StatsMetric metric, int topDyads,
        string path, int width = 1000, int height = 500)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentOutOfRangeException.ThrowIfLessThan(topDyads, 1);
        var plot = new Plot();
        var dyads = stats.GroupBy(s => Dyad(s))
            .OrderByDescending(g => g.Sum(s => s.Events)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topDyads).ToList();
        var periods = Periods(stats, period);
        foreach (var g in dyads)
        {
            var byPeriod = g.ToDictionary(s => s.PeriodStart);
            var xs = periods.Select(p => p.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var ys = periods.Select(p => byPeriod.TryGetValue(p, out var s) ? Value(s, metric) : 0).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = g.Key;
        }
        plot.Axes.DateTimeTicksBottom();
        var what = metric == StatsMetric.Events ? "events" : "Goldstein sum";
        plot.Title($"{what} per {period.ToString().ToLowerInvariant()} by dyad");
        plot.YLabel(what);
        if (dyads.Count > 0) plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, width, height);
        return dyads.Select(d => d.Key).ToList();
    }

    private static string Dyad(DyadPeriodStat s) =>
        $"{(s.Actor.Length > 0 ? s.Actor : "?")} → {(s.Recipient.Length > 0 ? s.Recipient : "?")}";

    private static double Value(DyadPeriodStat s, StatsMetric metric) => metric == StatsMetric.Events ? s.Events : s.GoldsteinSum;

    /// <summary>Every period from the first to the last, so gaps show as zero rather than being bridged.</summary>
    private static List<DateOnly> Periods(IReadOnlyList<DyadPeriodStat> stats, AggregatePeriod period)
    {
        var list = new List<DateOnly>();
        if (stats.Count == 0) return list;
        var first = stats.Min(s => s.PeriodStart);
        var last = stats.Max(s => s.PeriodStart);
        for (var d = first; d <= last && list.Count < 100_000;
             d = period switch { AggregatePeriod.Day => d.AddDays(1), AggregatePeriod.Week => d.AddDays(7), _ => d.AddMonths(1) })
            list.Add(d);
        return list;
    }
}
