using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Annalist.Coding.Lexicon;

/// <summary>
/// An immutable set of coding rules: patterns by head word (upper case), a map from inflected forms to heads (for
/// words a lemmatizer gets wrong or that the dictionary lists as irregular), and discard phrases that cancel coding
/// of a sentence (sports, games). Built by <see cref="VerbLexiconReader"/> or <see cref="PetrarchVerbReader"/>.
/// </summary>
public sealed class VerbLexicon
{
    private readonly FrozenDictionary<string, ImmutableArray<VerbPattern>> _verbs;
    private readonly FrozenDictionary<string, ImmutableArray<VerbPattern>> _nouns;
    private readonly FrozenDictionary<string, string> _forms;

    public VerbLexicon(string name, IEnumerable<VerbPattern> patterns, IReadOnlyDictionary<string, string>? forms = null,
        IEnumerable<ImmutableArray<string>>? discards = null)
    {
        Name = name;
        Patterns = [.. patterns];
        _verbs = Group(Patterns.Where(p => !p.Nominal));
        _nouns = Group(Patterns.Where(p => p.Nominal));
        _forms = (forms ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        Discards = [.. discards ?? []];
    }

    public string Name { get; }
    public ImmutableArray<VerbPattern> Patterns { get; }
    public ImmutableArray<ImmutableArray<string>> Discards { get; }
    public int VerbCount => _verbs.Count;
    public int NounCount => _nouns.Count;

    /// <summary>
    /// The patterns for a verb: by its form when the lexicon lists that very word (PETRARCH dictionaries give "LEFT"
    /// its own block apart from "LEAVE"), then by the forms the lexicon knows, then by lemma. Both upper case.
    /// </summary>
    public ImmutableArray<VerbPattern> VerbPatterns(string lemma, string form)
    {
        if (_forms.Count > 0 && _verbs.TryGetValue(form, out var p)) return p;
        if (_forms.TryGetValue(form, out var head) && _verbs.TryGetValue(head, out p)) return p;
        if (_verbs.TryGetValue(lemma, out p)) return p;
        if (_forms.TryGetValue(lemma, out head) && _verbs.TryGetValue(head, out p)) return p;
        return [];
    }

    public ImmutableArray<VerbPattern> NounPatterns(string lemma) =>
        _nouns.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>All rules of both lexicons; on the same head, this lexicon's rules are tried first.</summary>
    public VerbLexicon Merge(VerbLexicon other)
    {
        var forms = new Dictionary<string, string>(_forms, StringComparer.Ordinal);
        foreach (var (k, v) in other._forms) forms.TryAdd(k, v);
        return new VerbLexicon($"{Name}+{other.Name}", Patterns.Concat(other.Patterns), forms, Discards.Concat(other.Discards));
    }

    private static FrozenDictionary<string, ImmutableArray<VerbPattern>> Group(IEnumerable<VerbPattern> patterns) =>
        patterns.GroupBy(p => p.Head, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}
