using System.Collections.Immutable;

namespace Annalist.Cli.Bench;

/// <summary>The figures of one timed pass over the articles.</summary>
internal sealed record BenchRun(
    string Name,
    int Threads,
    double Seconds,
    long Articles,
    long Sentences,
    long Tokens,
    long Events,
    long AllocatedBytes,
    ImmutableArray<int> GcCollections,
    ImmutableArray<(string Stage, double Seconds)> Stages)
{
    public double ArticlesPerSecond => Rate(Articles);
    public double SentencesPerSecond => Rate(Sentences);
    public double TokensPerSecond => Rate(Tokens);

    private double Rate(long n) => Seconds > 0 ? n / Seconds : 0;
}
