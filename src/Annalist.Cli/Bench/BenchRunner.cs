using System.Collections.Immutable;
using System.Diagnostics;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Cli.Bench;

/// <summary>Times the whole pipeline over in-memory articles: one thread, then <c>threads</c> in parallel over articles.</summary>
internal static class BenchRunner
{
    public static BenchRun Run(string name, Annalist.Pipeline.Pipeline pipeline, EngineOptions options, IReadOnlyList<Article> articles, int repeat, int threads)
    {
        var timer = new StageTimes();
        long sentences = 0, tokens = 0, events = 0;
        int[] gc0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        long t0 = Stopwatch.GetTimestamp();
        var work = Enumerable.Range(0, repeat).SelectMany(_ => articles);
        if (threads <= 1)
        {
            foreach (var a in work)
            {
                var (s, t, e) = Count(pipeline.Run(a, timer), options);
                sentences += s;
                tokens += t;
                events += e;
            }
        }
        else
        {
            Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads }, a =>
            {
                var (s, t, e) = Count(pipeline.Run(a, timer), options);
                Interlocked.Add(ref sentences, s);
                Interlocked.Add(ref tokens, t);
                Interlocked.Add(ref events, e);
            });
        }
        double seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        ImmutableArray<int> gcs = [GC.CollectionCount(0) - gc0[0], GC.CollectionCount(1) - gc0[1], GC.CollectionCount(2) - gc0[2]];
        return new BenchRun(name, threads, seconds, (long)articles.Count * repeat, sentences, tokens, events, allocated, gcs,
            timer.In(pipeline.Stages.Select(s => s.Name)));
    }

    private static (int Sentences, int Tokens, int Events) Count(Document d, EngineOptions options) =>
        (d.Find<SentenceLayer>()?.Count ?? 0, d.Find<TokenLayer>()?.Count ?? 0, EngineFactory.EventsOf(d, options).Length);
}
