using System.Collections.Immutable;
using System.CommandLine;
using Annalist.Documents;
using Annalist.Formats;
using Annalist.Pipeline;

namespace Annalist.Cli.Processing;

/// <summary>The engine options that <c>code</c>, <c>analyze</c> and <c>bench</c> share.</summary>
internal sealed class EngineOptionSet
{
    public Option<string?> DataDir { get; } = new("--data-dir")
    {
        Description = "Folder with the engine's data (lexicons, models); default: the data/ folder beside the program.",
    };

    public Option<string> Modality { get; } = new("--modality")
    {
        Description = "Which events to report: asserted (default), all, or a comma-separated list of "
            + string.Join(", ", Enum.GetValues<Modality>().Select(EventNames.Of)) + ".",
        DefaultValueFactory = _ => "asserted",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Articles processed in parallel (output order does not depend on it); default: all cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public EngineOptionSet()
    {
        Modality.Validators.Add(r =>
        {
            if (!TryParseModalities(r.GetValueOrDefault<string>(), out _, out var bad))
                r.AddError($"--modality: unknown modality '{bad}'; use asserted, all, or a list of "
                    + string.Join(", ", Enum.GetValues<Modality>().Select(EventNames.Of)) + ".");
        });
        Threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1.");
        });
    }

    public void AddTo(Command command, bool threads = true, bool modality = true)
    {
        command.Options.Add(DataDir);
        if (modality) command.Options.Add(Modality);
        if (threads) command.Options.Add(Threads);
    }

    public EngineOptions Options(ParseResult p)
    {
        TryParseModalities(p.GetValue(Modality), out var modalities, out _);
        var data = p.GetValue(DataDir) is { Length: > 0 } dir ? new DataDirectory(Path.GetFullPath(dir)) : DataDirectory.BesideAssembly();
        return new EngineOptions(data) { Modalities = modalities };
    }

    public static bool TryParseModalities(string? text, out ImmutableHashSet<Modality> modalities, out string bad)
    {
        modalities = EngineOptions.AssertedOnly;
        bad = "";
        var t = (text ?? "asserted").Trim();
        if (t.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            modalities = EngineOptions.AllModalities;
            return true;
        }
        var set = ImmutableHashSet.CreateBuilder<Modality>();
        foreach (var part in t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Enum.GetValues<Modality>().Where(m => EventNames.Of(m).Equals(part, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                bad = part;
                return false;
            }
            set.Add(match[0]);
        }
        if (set.Count == 0)
        {
            bad = t;
            return false;
        }
        modalities = set.ToImmutable();
        return true;
    }

    /// <summary>Builds the engine for these options; on missing or bad data, reports it and returns null (exit 2).</summary>
    public static Annalist.Pipeline.Pipeline? TryCreatePipeline(ICliConsole console, EngineOptions options)
    {
        try
        {
            return EngineFactory.Create(options);
        }
        catch (Exception e) when (e is PipelineBuildException or IOException or InvalidDataException)
        {
            console.Error.WriteLine($"error: cannot build the engine: {e.Message}");
            return null;
        }
    }
}
