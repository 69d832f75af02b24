using Annalist.Documents;

namespace Annalist.Cli.Input;

/// <summary>
/// Expands the command's arguments into an ordered list of inputs: files as given, folders recursively (their
/// <c>.txt</c>, <c>.text</c> and <c>.jsonl</c> files, sorted by path, hidden ones skipped), and <c>-</c> for stdin.
/// </summary>
internal static class InputCollector
{
    private static readonly string[] FolderExtensions = [".txt", ".text", ".jsonl"];

    public static List<InputItem> Collect(IEnumerable<string> arguments, InputFormat format, List<Diagnostic> problems)
    {
        var items = new List<InputItem>();
        foreach (var arg in arguments)
        {
            if (arg == "-")
            {
                items.Add(new InputItem(null, "<stdin>", format == InputFormat.JsonLines));
                continue;
            }
            if (File.Exists(arg))
            {
                items.Add(new InputItem(arg, arg, IsJsonLines(arg, format)));
                continue;
            }
            if (Directory.Exists(arg))
            {
                var files = new List<string>();
                CollectFolder(arg, files, problems);
                files.Sort(StringComparer.Ordinal);
                foreach (var f in files) items.Add(new InputItem(f, f, IsJsonLines(f, format)));
                continue;
            }
            problems.Add(new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, arg, "no such file or folder"));
        }
        return items;
    }

    private static void CollectFolder(string folder, List<string> files, List<Diagnostic> problems)
    {
        try
        {
            foreach (var f in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(f);
                if (name.StartsWith('.')) continue;
                if (FolderExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)) files.Add(f);
            }
            foreach (var d in Directory.EnumerateDirectories(folder))
                if (!Path.GetFileName(d).StartsWith('.')) CollectFolder(d, files, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, folder, $"cannot list folder: {e.Message}"));
        }
    }

    private static bool IsJsonLines(string path, InputFormat format) => format switch
    {
        InputFormat.JsonLines => true,
        InputFormat.Text => false,
        _ => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase),
    };
}
