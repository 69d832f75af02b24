using System.CommandLine;
using Annalist.Cli.Output;
using Annalist.Storage.Export;

namespace Annalist.Cli.Commands;

/// <summary><c>annalist export</c>: stored events in an exchange format, to a file or stdout.</summary>
internal static class ExportCommand
{
    public static Command Create(ICliConsole console)
    {
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format") { Description = "jsonl, plover, csv, phoenix, gdelt or parquet.", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (required for parquet); default stdout." };
        var perCluster = new Option<bool>("--per-cluster") { Description = "Phoenix and GDELT: one row per dedup cluster, listing every report." };
        var command = new Command("export", "Export stored events (docs/formats/store.md describes each format).");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(perCluster);
        command.SetAction(p =>
        {
            var name = p.GetValue(format);
            if (!EventExporter.TryParseFormat(name, out var f))
            {
                console.Error.WriteLine($"error: unknown export format '{name}'; expected one of: {string.Join(", ", EventExporter.FormatNames)}");
                return ExitCodes.Usage;
            }
            var path = p.GetValue(output);
            if (f == ExportFormat.Parquet && string.IsNullOrEmpty(path))
            {
                console.Error.WriteLine("error: parquet is binary: give a file with --out");
                return ExitCodes.Usage;
            }
            if (p.GetValue(perCluster) && f is not (ExportFormat.Phoenix or ExportFormat.Gdelt))
            {
                console.Error.WriteLine("error: --per-cluster applies to the phoenix and gdelt formats only");
                return ExitCodes.Usage;
            }
            var (query, error) = filters.Read(p);
            if (query is null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.Usage;
            }
            using var store = EventFilterOptions.OpenExisting(p.GetValue(filters.Db)!, console);
            if (store is null) return ExitCodes.Usage;
            Stream stream;
            try
            {
                stream = string.IsNullOrEmpty(path) ? new TextWriterStream(console.Out) : File.Create(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write '{path}': {ex.Message}");
                return ExitCodes.Usage;
            }
            long rows;
            using (stream) rows = EventExporter.Export(store, query, f, stream, p.GetValue(perCluster));
            console.Error.WriteLine($"exported {rows} {(rows == 1 ? "row" : "rows")} as {f.ToString().ToLowerInvariant()}{(path is null ? "" : " to " + path)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
