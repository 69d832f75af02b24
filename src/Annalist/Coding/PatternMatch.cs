using System.Collections.Immutable;
using Annalist.Coding.Lexicon;

namespace Annalist.Coding;

/// <summary>A pattern that matched at a head token, with the actor mentions its slots captured.</summary>
internal sealed record PatternMatch(VerbPattern Pattern, int Head, int Source, int Target, bool Compound, ImmutableArray<int> Matched);
