using System.Collections.Immutable;
using System.Text.Json;

namespace Annalist.Cli.Bench;

/// <summary>The bench command's report: the input, each timed run, memory, and the machine.</summary>
internal sealed record BenchReport(
    int Inputs,
    int Articles,
    int Failed,
    long Bytes,
    int Repeat,
    double ReadSeconds,
    ImmutableArray<BenchRun> Runs,
    long PeakWorkingSetBytes,
    long HeapBytes,
    int ProcessorCount,
    string Runtime,
    bool ServerGc,
    bool Optimized,
    double? LoadAverage)
{

    public void WriteText(TextWriter w)
    {
        w.WriteLine($"annalist bench: {Commands.CodeCommand.Plural(Articles, "article")} ({Bytes / 1024.0:F1} KiB) from {Commands.CodeCommand.Plural(Inputs, "input")}, "
            + $"x{Repeat}; read in {ReadSeconds:F3} s; {Commands.CodeCommand.Plural(Failed, "record")} failed");
        if (!Optimized) w.WriteLine("warning: this build is not optimized (Debug); figures are meaningless. Run with -c Release.");
        w.WriteLine();
        w.WriteLine($"{"run",-14}{"threads",8}{"seconds",10}{"articles/s",12}{"sentences/s",13}{"tokens/s",12}{"alloc MB",10}{"gc 0/1/2",10}");
        foreach (var r in Runs)
            w.WriteLine($"{r.Name,-14}{r.Threads,8}{r.Seconds,10:F3}{r.ArticlesPerSecond,12:F1}{r.SentencesPerSecond,13:F0}{r.TokensPerSecond,12:F0}"
                + $"{r.AllocatedBytes / 1048576.0,10:F1}{string.Join('/', r.GcCollections),10}");
        foreach (var r in Runs)
        {
            double total = r.Stages.Sum(s => s.Seconds);
            w.WriteLine();
            w.WriteLine($"stage time, {r.Name}{(r.Threads > 1 ? " (summed over threads)" : "")}:");
            foreach (var (stage, seconds) in r.Stages)
                w.WriteLine($"  {stage,-20}{seconds,10:F3} s{(total > 0 ? seconds / total : 0),8:P1}");
        }
        w.WriteLine();
        w.WriteLine($"peak working set {PeakWorkingSetBytes / 1048576.0:F1} MB; managed heap {HeapBytes / 1048576.0:F1} MB");
        w.WriteLine($"{Runtime}, {ProcessorCount} cores, {(ServerGc ? "server" : "workstation")} GC"
            + (LoadAverage is { } l ? $", load average {l:F2} before the runs" : ""));
    }

    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("inputs", Inputs);
        w.WriteNumber("articles", Articles);
        w.WriteNumber("failed", Failed);
        w.WriteNumber("bytes", Bytes);
        w.WriteNumber("repeat", Repeat);
        w.WriteNumber("read_seconds", Round(ReadSeconds));
        w.WriteStartArray("runs");
        foreach (var r in Runs)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteNumber("threads", r.Threads);
            w.WriteNumber("seconds", Round(r.Seconds));
            w.WriteNumber("articles", r.Articles);
            w.WriteNumber("sentences", r.Sentences);
            w.WriteNumber("tokens", r.Tokens);
            w.WriteNumber("events", r.Events);
            w.WriteNumber("articles_per_second", Round(r.ArticlesPerSecond));
            w.WriteNumber("sentences_per_second", Round(r.SentencesPerSecond));
            w.WriteNumber("tokens_per_second", Round(r.TokensPerSecond));
            w.WriteNumber("allocated_bytes", r.AllocatedBytes);
            w.WriteStartArray("gc_collections");
            foreach (var g in r.GcCollections) w.WriteNumberValue(g);
            w.WriteEndArray();
            w.WriteStartArray("stages");
            foreach (var (stage, seconds) in r.Stages)
            {
                w.WriteStartObject();
                w.WriteString("name", stage);
                w.WriteNumber("seconds", Round(seconds));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("peak_working_set_bytes", PeakWorkingSetBytes);
        w.WriteNumber("heap_bytes", HeapBytes);
        w.WriteNumber("processor_count", ProcessorCount);
        w.WriteString("runtime", Runtime);
        w.WriteBoolean("server_gc", ServerGc);
        w.WriteBoolean("optimized", Optimized);
        if (LoadAverage is { } l) w.WriteNumber("load_average", l);
        else w.WriteNull("load_average");
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static double Round(double d) => Math.Round(d, 6);

}
