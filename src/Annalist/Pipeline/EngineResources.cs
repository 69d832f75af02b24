using Annalist.Actors;
using Annalist.Coding;
using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Geo;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Pipeline;

/// <summary>
/// Everything the default engine loads from its data directory: the trained models, the actor and verb lexicons and
/// the gazetteer. Load once and share: all of it is immutable. Swap a part with <c>with</c> (e.g. PETRARCH dictionaries
/// instead of the built-in lexicons, as <c>annalist validate</c> does).
/// </summary>
public sealed record EngineResources(
    TaggerModel Tagger,
    ParserModel Parser,
    EntityModel Entities,
    ActorLexicon Actors,
    VerbLexicon Verbs,
    PloverTable Plover,
    Geo.Gazetteer Gazetteer)
{
    /// <summary>Loads the shipped data. Problems in lexicon lines are added to <paramref name="diagnostics"/>.</summary>
    /// <exception cref="IOException">A model or data file is missing or unreadable.</exception>
    public static EngineResources Load(DataDirectory data, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (verbs, plover) = BuiltinLexicon.Load(data, diagnostics);
        return new EngineResources(
            TaggerModel.Load(data.PathOf("models", "tagger.bin")),
            ParserModel.Load(data.PathOf("models", "parser.bin")),
            EntityModel.Load(data.PathOf("models", "entities.bin")),
            ActorLexicon.BuiltIn(data, diagnostics),
            verbs,
            plover,
            Geo.Gazetteer.Load(data, diagnostics));
    }
}
