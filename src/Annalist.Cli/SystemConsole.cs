namespace Annalist.Cli;

internal sealed class SystemConsole : ICliConsole
{
    public TextWriter Out { get; } = Console.Out;
    public TextWriter Error { get; } = Console.Error;
    public TextReader In => Console.In;
    public Stream OpenStandardInput() => Console.OpenStandardInput();
    public bool ErrorIsTerminal => !Console.IsErrorRedirected;
}
