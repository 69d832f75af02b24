using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>
/// Loads the shipped verb lexicon and PLOVER table from a <see cref="DataDirectory"/>. The lexicon also gets the
/// regular inflections of its verbs ("shelled", "shelling", "shells" → SHELL), so a verb still codes when the
/// lemmatizer gets its lemma wrong.
/// </summary>
public static class BuiltinLexicon
{
    public static (VerbLexicon Lexicon, PloverTable Plover) Load(DataDirectory data, ICollection<Diagnostic>? diagnostics = null)
    {
        var (plover, pd) = PloverTable.ReadFile(data.PathOf("plover", "cameo-plover.tsv"));
        var verbs = VerbLexiconReader.ReadFolder(data.PathOf("lexicons", "verbs"), plover);
        if (diagnostics is not null)
        {
            foreach (var d in pd) diagnostics.Add(d);
            foreach (var d in verbs.Diagnostics) diagnostics.Add(d);
        }
        var lex = verbs.Lexicon;
        return (new VerbLexicon(lex.Name, lex.Patterns, InflectedForms(lex), lex.Discards), plover);
    }

    /// <summary>Regular inflected forms of every verb head (upper case) → the head. A form that is a head itself is left out.</summary>
    internal static Dictionary<string, string> InflectedForms(VerbLexicon lexicon)
    {
        var heads = lexicon.Patterns.Where(p => !p.Nominal).Select(p => p.Head).ToHashSet(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var head in heads.Order(StringComparer.Ordinal))
            foreach (var f in VerbInflections.Regular(head))
                if (!heads.Contains(f)) forms.TryAdd(f, head);
        return forms;
    }
}
