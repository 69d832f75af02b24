namespace Annalist.Cli;

/// <summary>Process exit codes (documented in docs/cli.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The run finished but some records failed; each failure was reported on stderr.</summary>
    public const int SomeRecordsFailed = 1;
    /// <summary>Bad usage: unknown option, missing argument, unknown format, unreachable database.</summary>
    public const int Usage = 2;
}
