using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Actors;

/// <summary>
/// Actors, agents and discards, with the tries used to find them in text. Immutable once built; combine lexicons
/// with <see cref="Merge"/> (entries of the later lexicon are tried after the earlier one's on equal-length matches).
/// </summary>
public sealed class ActorLexicon
{
    /// <summary>The folder of the built-in lexicon files under the data directory.</summary>
    public const string BuiltInFolder = "lexicons/actors";

    public ActorLexicon(IEnumerable<ActorEntry> actors, IEnumerable<AgentEntry> agents, IEnumerable<DiscardEntry>? discards = null)
    {
        Actors = [.. actors];
        Agents = [.. agents];
        Discards = discards is null ? [] : [.. discards];
        foreach (var a in Actors)
            foreach (var p in a.Phrases)
            {
                ActorTrie.Add(p, a);
                if (p.Acronym && p.Words.Length == 1) Acronyms.Add(p.Words[0]);
            }
        foreach (var a in Agents)
            foreach (var p in a.Phrases) AgentTrie.Add(p, a);
    }

    public static ActorLexicon Empty { get; } = new([], []);

    /// <summary>
    /// Whether a phrase word also matches a token's lemma ("officials" → "official"). PETRARCH dictionaries list
    /// their plurals (or forbid them with <c>{}</c>), so they match word forms only.
    /// </summary>
    public bool MatchLemmas { get; init; } = true;

    public ImmutableArray<ActorEntry> Actors { get; }
    public ImmutableArray<AgentEntry> Agents { get; }
    public ImmutableArray<DiscardEntry> Discards { get; }

    internal PhraseTrie<ActorEntry> ActorTrie { get; } = new();
    internal PhraseTrie<AgentEntry> AgentTrie { get; } = new();

    /// <summary>One-word actor phrases written as acronyms; in text they must not contain lower case ("Who" is not WHO).</summary>
    internal HashSet<string> Acronyms { get; } = new(StringComparer.Ordinal);

    public ActorLexicon Merge(ActorLexicon other) =>
        new(Actors.Concat(other.Actors), Agents.Concat(other.Agents), Discards.Concat(other.Discards)) { MatchLemmas = MatchLemmas || other.MatchLemmas };

    /// <summary>The first discard found in <paramref name="sentence"/>, or null.</summary>
    public DiscardEntry? FindDiscard(string sentence)
    {
        foreach (var d in Discards)
            if (d.Matches(sentence)) return d;
        return null;
    }

    /// <summary>Loads every <c>*.lex</c> file of the built-in lexicon folder, in name order.</summary>
    public static ActorLexicon BuiltIn(DataDirectory data, ICollection<Diagnostic>? diagnostics = null)
    {
        var folder = data.PathOf(BuiltInFolder);
        var diags = diagnostics ?? new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            diags.Add(new Diagnostic(DiagnosticIds.UnreadableFile, Severity.Error, folder, "built-in actor lexicon folder not found."));
            return Empty;
        }
        var files = Directory.GetFiles(folder, "*.lex").Order(StringComparer.Ordinal).ToArray();
        return LexiconFile.Load(files, diags);
    }
}
