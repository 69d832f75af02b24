using System.Diagnostics;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Bench.Text;

/// <summary>
/// A quick Stopwatch measurement (<c>dotnet run -c Release --project bench/Annalist.Bench -- syntax-quick [file]</c>):
/// tokenizer + sentence splitter tokens per second, model load time, tag + parse + entities tokens per second of wall
/// time and of process CPU time (the machine may be shared), and peak working set.
/// </summary>
public static class SyntaxQuickBench
{
    public static string SampleText()
    {
        var path = Environment.GetEnvironmentVariable("ANNALIST_BENCH_TEXT");
        if (path is not null && File.Exists(path)) return File.ReadAllText(path);
        // Made-up news prose, repeated: enough tokens for stable timing.
        const string para = "BAGHDAD — Iraqi forces and the U.S.-led coalition resumed joint operations against Islamic State " +
            "militants on Wednesday, officials said, after a pause that followed the killing of Gen. Qassim Suleimani. " +
            "The prime minister's office said in a statement that the talks in Baghdad had been constructive, while " +
            "protesters gathered outside the embassy and demanded that foreign troops leave the country. " +
            "\"We will not accept any violation of our sovereignty,\" a spokesman for the ministry told reporters. ";
        return string.Concat(Enumerable.Repeat(para + "\n\n", 400));
    }

    public static void Run(string[] args)
    {
        var text = args.Length > 0 && File.Exists(args[0]) ? File.ReadAllText(args[0]) : SampleText();
        var data = DataDirectory.BesideAssembly();
        var proc = Process.GetCurrentProcess();
        var loadCpu0 = proc.TotalProcessorTime;
        var load = Stopwatch.StartNew();
        var tagger = new TaggerStage(TaggerModel.Load(data.PathOf("models", "tagger.bin")));
        var parser = new ParserStage(ParserModel.Load(data.PathOf("models", "parser.bin")));
        var entities = new EntityStage(EntityModel.Load(data.PathOf("models", "entities.bin")));
        load.Stop();
        proc.Refresh();
        var loadCpu = proc.TotalProcessorTime - loadCpu0;
        var textStage = new TextStage();
        var article = new Document(new Article("bench", text));
        var doc = textStage.Process(article);
        int tokens = doc.Get<TokenLayer>().Count;
        for (int i = 0; i < 40; i++) textStage.Process(article);                  // warm-up: let tiered JIT reach tier 1
        Thread.Sleep(300);
        proc.Refresh();
        var textCpu0 = proc.TotalProcessorTime;
        var textWall = Stopwatch.StartNew();
        const int textRounds = 50;
        for (int i = 0; i < textRounds; i++) textStage.Process(article);
        textWall.Stop();
        proc.Refresh();
        var textCpu = proc.TotalProcessorTime - textCpu0;
        entities.Process(parser.Process(tagger.Process(doc))); // warm-up (JIT)
        proc.Refresh();
        var cpu0 = proc.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        const int rounds = 5;
        for (int i = 0; i < rounds; i++) entities.Process(parser.Process(tagger.Process(doc)));
        wall.Stop();
        proc.Refresh();
        var cpu = proc.TotalProcessorTime - cpu0;
        Console.WriteLine($"{tokens} tokens x {textRounds}: tokenize+split {tokens * textRounds / textWall.Elapsed.TotalSeconds:F0} tokens/s wall, {tokens * textRounds / textCpu.TotalSeconds:F0} tokens/s per CPU second");
        Console.WriteLine($"models loaded in {load.ElapsedMilliseconds} ms wall, {loadCpu.TotalMilliseconds:F0} ms CPU");
        Console.WriteLine($"{tokens} tokens x {rounds}: tag+parse+entities {tokens * rounds / wall.Elapsed.TotalSeconds:F0} tokens/s wall, {tokens * rounds / cpu.TotalSeconds:F0} tokens/s per CPU second");
        Console.WriteLine($"peak working set {proc.PeakWorkingSet64 / (1024 * 1024)} MiB");
    }
}
