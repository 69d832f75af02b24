using System.Collections.Concurrent;
using System.Collections.Immutable;
using Annalist.Pipeline;

namespace Annalist.Cli.Bench;

/// <summary>Sums the time spent in each stage; safe to share between threads (parallel runs sum over threads).</summary>
internal sealed class StageTimes : IStageTimer
{
    private readonly ConcurrentDictionary<string, long[]> _ticks = new(StringComparer.Ordinal);

    public void Record(string stage, TimeSpan elapsed) =>
        Interlocked.Add(ref _ticks.GetOrAdd(stage, _ => new long[1])[0], elapsed.Ticks);

    /// <summary>Seconds per stage, in the pipeline's stage order.</summary>
    public ImmutableArray<(string Stage, double Seconds)> In(IEnumerable<string> stageOrder) =>
        [.. stageOrder.Select(s => (s, _ticks.TryGetValue(s, out var t) ? TimeSpan.FromTicks(Interlocked.Read(ref t[0])).TotalSeconds : 0.0))];
}
