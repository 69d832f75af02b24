using System.CommandLine;

namespace Annalist.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create(ICliConsole console)
    {
        var command = new Command("version", "Print the engine version.");
        command.SetAction(_ =>
        {
            console.Out.WriteLine(typeof(Annalist.Documents.Article).Assembly.GetName().Version);
            return ExitCodes.Ok;
        });
        return command;
    }
}
