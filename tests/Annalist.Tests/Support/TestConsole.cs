using System.Text;
using Annalist.Cli;

namespace Annalist.Tests.Support;

/// <summary>Captures a command's output for in-process CLI tests.</summary>
public sealed class TestConsole(string stdin = "") : ICliConsole
{
    private readonly byte[] _stdin = Encoding.UTF8.GetBytes(stdin);
    public StringWriter OutWriter { get; } = new();
    public StringWriter ErrorWriter { get; } = new();
    public TextWriter Out => OutWriter;
    public TextWriter Error => ErrorWriter;
    public TextReader In => new StringReader(Encoding.UTF8.GetString(_stdin));
    public Stream OpenStandardInput() => new MemoryStream(_stdin, writable: false);
    public bool ErrorIsTerminal => false;

    public static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    public static (int Exit, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var console = new TestConsole(stdin);
        var exit = AnnalistCli.Run(args, console);
        return (exit, console.OutWriter.ToString(), console.ErrorWriter.ToString());
    }
}
