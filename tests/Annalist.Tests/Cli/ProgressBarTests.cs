using Annalist.Cli;

namespace Annalist.Tests.Cli;

public class ProgressBarTests
{
    /// <summary>A console whose stderr claims to be a terminal.</summary>
    private sealed class TerminalConsole : ICliConsole
    {
        public StringWriter OutWriter { get; } = new();
        public StringWriter ErrorWriter { get; } = new();
        public TextWriter Out => OutWriter;
        public TextWriter Error => ErrorWriter;
        public TextReader In => new StringReader("");
        public Stream OpenStandardInput() => new MemoryStream();
        public bool ErrorIsTerminal => true;
    }

    [Fact]
    public void Bar_is_drawn_for_several_inputs_on_a_terminal_and_erased()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "The army withdrew.");
        dir.Write("b.txt", "Talks resumed.");
        dir.Write("c.txt", "");
        var console = new TerminalConsole();
        var exit = AnnalistCli.Run(["code", dir.Root, "-q"], console);
        Assert.Equal(ExitCodes.SomeRecordsFailed, exit);
        var err = console.ErrorWriter.ToString();
        Assert.Contains("] 3/3 inputs, 2 articles, 1 failed", err);
        Assert.EndsWith("\r\u001b[K", err);
        // The error line is not glued to the bar.
        Assert.Contains("\r\u001b[Kerror ANN1001: ", err);
    }

    [Fact]
    public void No_bar_for_a_single_input()
    {
        using var dir = new TempFolder();
        var a = dir.Write("a.txt", "The army withdrew.");
        var console = new TerminalConsole();
        Assert.Equal(ExitCodes.Ok, AnnalistCli.Run(["code", a, "-q"], console));
        Assert.Equal("", console.ErrorWriter.ToString());
    }
}
