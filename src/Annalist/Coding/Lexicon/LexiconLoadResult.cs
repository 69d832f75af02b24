using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Coding.Lexicon;

/// <summary>A loaded lexicon and every problem found in its file (each with file and line).</summary>
public sealed record LexiconLoadResult(VerbLexicon Lexicon, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
