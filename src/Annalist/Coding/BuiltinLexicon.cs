using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>Loads the shipped verb lexicon and PLOVER table from a <see cref="DataDirectory"/>.</summary>
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
        return (verbs.Lexicon, plover);
    }
}
