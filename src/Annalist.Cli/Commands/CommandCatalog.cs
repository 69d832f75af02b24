using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary>The list of subcommands. Add a line here for each new command file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(ICliConsole console)
    {
        yield return VersionCommand.Create(console);
        yield return ValidateCommand.Create(console);
        yield return TrainCommand.Create(console);
        yield return EvalCommand.Create(console);
    }
}
