using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Actors.Petrarch;

/// <summary>
/// Loads PETRARCH/Phoenix dictionaries (actors, agents, discards) in their own formats. Bad lines become diagnostics
/// with file:line and are skipped; an unreadable file is one diagnostic. Nothing here throws on bad data.
/// </summary>
public static class PetrarchDictionaries
{
    public static ImmutableArray<ActorEntry> LoadActors(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics) =>
        LoadAll(paths, diagnostics, PetrarchActorReader.Read);

    public static ImmutableArray<AgentEntry> LoadAgents(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics) =>
        LoadAll(paths, diagnostics, PetrarchAgentReader.Read);

    public static ImmutableArray<DiscardEntry> LoadDiscards(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics) =>
        LoadAll(paths, diagnostics, PetrarchDiscardReader.Read);

    /// <summary>One lexicon from actor, agent and discard files.</summary>
    public static ActorLexicon Load(IEnumerable<string> actorPaths, IEnumerable<string> agentPaths, IEnumerable<string> discardPaths, ICollection<Diagnostic> diagnostics) =>
        new(LoadActors(actorPaths, diagnostics), LoadAgents(agentPaths, diagnostics), LoadDiscards(discardPaths, diagnostics)) { MatchLemmas = false };

    public static ImmutableArray<ActorEntry> ReadActors(TextReader reader, string source, ICollection<Diagnostic> diagnostics) =>
        [.. PetrarchActorReader.Read(reader, source, diagnostics)];

    public static ImmutableArray<AgentEntry> ReadAgents(TextReader reader, string source, ICollection<Diagnostic> diagnostics) =>
        [.. PetrarchAgentReader.Read(reader, source, diagnostics)];

    public static ImmutableArray<DiscardEntry> ReadDiscards(TextReader reader, string source, ICollection<Diagnostic> diagnostics) =>
        [.. PetrarchDiscardReader.Read(reader, source, diagnostics)];

    private static ImmutableArray<T> LoadAll<T>(IEnumerable<string> paths, ICollection<Diagnostic> diags,
        Func<TextReader, string, ICollection<Diagnostic>, IEnumerable<T>> read)
    {
        var b = ImmutableArray.CreateBuilder<T>();
        foreach (var path in paths)
        {
            StreamReader reader;
            try { reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                diags.Add(new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, path, e.Message));
                continue;
            }
            using (reader) b.AddRange(read(reader, path, diags));
        }
        return b.ToImmutable();
    }
}
