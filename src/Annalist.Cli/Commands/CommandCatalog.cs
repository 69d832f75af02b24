using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary>The list of subcommands. Add a line here for each new command file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(ICliConsole console)
    {
        yield return VersionCommand.Create(console);
        yield return CodeCommand.Create(console);
        yield return AnalyzeCommand.Create(console);
        yield return BenchCommand.Create(console);
        yield return QueryCommand.Create(console);
        yield return ExportCommand.Create(console);
        yield return StatsCommand.Create(console);
        yield return PlotCommand.Create(console);
        yield return EvalTimeCommand.Create(console);
        yield return DictCommand.Create(console);
        yield return ValidateCommand.Create(console);
        yield return TrainCommand.Create(console);
        yield return EvalCommand.Create(console);
    }
}
