using Annalist.Actors;
using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>
/// The coding stage: verb/noun patterns over the dependency tree with actor mentions → <see cref="EventLayer"/>.
/// Events are dated with the publication day (basis Publication), or Unresolved without one; the time and geo stages
/// refine dates and places later.
/// </summary>
public sealed class CodingStage : IPipelineStage
{
    private readonly EventCoder _coder;

    public CodingStage(EventCoder coder) => _coder = coder;

    public CodingStage(VerbLexicon lexicon, PloverTable plover, CodingOptions? options = null)
        : this(new EventCoder(lexicon, plover, options)) { }

    /// <summary>The built-in lexicons from the data directory (data/lexicons/verbs/*.txt, data/plover/cameo-plover.tsv).</summary>
    public static CodingStage FromData(DataDirectory data, CodingOptions? options, ICollection<Diagnostic>? diagnostics = null)
    {
        var lex = BuiltinLexicon.Load(data, diagnostics);
        return new CodingStage(lex.Lexicon, lex.Plover, options);
    }

    public string Name => "coding";
    public IReadOnlyList<Type> Requires { get; } =
        [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer), typeof(ActorLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(EventLayer)];

    public EventCoder Coder => _coder;

    public Document Process(Document document) => document.With(new EventLayer(_coder.Code(document)));
}
