using System.CommandLine;
using Annalist.Cli.Commands;

namespace Annalist.Cli;

/// <summary>Composes the <c>annalist</c> command tree. Each command lives in its own file under Commands/.</summary>
public static class AnnalistCli
{
    public static RootCommand CreateRoot(ICliConsole console)
    {
        var root = new RootCommand("Annalist: turns news articles into coded political events (CAMEO and PLOVER).");
        foreach (var command in CommandCatalog.All(console)) root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, ICliConsole console)
    {
        var root = CreateRoot(console);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) console.Error.WriteLine($"error: {e.Message}");
            console.Error.WriteLine("Run 'annalist --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(config);
    }
}
