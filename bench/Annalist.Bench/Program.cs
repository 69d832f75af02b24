using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "syntax-quick")
{
    Annalist.Bench.Text.SyntaxQuickBench.Run(args[1..]);
    return;
}
if (args.Length > 0 && args[0] == "store")
{
    Annalist.Bench.Storage.StoreThroughput.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
