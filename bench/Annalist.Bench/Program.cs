using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "syntax-quick")
{
    Annalist.Bench.Text.SyntaxQuickBench.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
