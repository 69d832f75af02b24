namespace Annalist.Cli;

/// <summary>All console traffic goes through this so tests can run commands in-process and capture output.</summary>
public interface ICliConsole
{
    TextWriter Out { get; }
    TextWriter Error { get; }
    TextReader In { get; }
    /// <summary>Binary stdin, for reading articles piped in as raw bytes.</summary>
    Stream OpenStandardInput();
    /// <summary>True when stderr is a terminal (progress bars are drawn only then).</summary>
    bool ErrorIsTerminal { get; }
}
