using System.Collections.Immutable;
using Annalist.Actors.Finding;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Actors;

/// <summary>
/// Finds actor mentions: lexicon phrases (countries, demonyms, capitals, organisations, armed groups, people with
/// dated roles) combined with agents inside noun phrases ("Iraqi forces" → IRQMIL, "Iraq's Parliament" → IRQLEG),
/// roles read from titles and appositives, and article-level coreference. Dated roles use the article's publication
/// date; without one only undated codes apply.
/// </summary>
public sealed class ActorStage : IPipelineStage
{
    private readonly ActorLexicon _lexicon;
    private readonly bool _useEntities;

    /// <param name="lexicon">Actors, agents and people to match (built-in, PETRARCH/Phoenix, or merged).</param>
    /// <param name="useEntities">Also read the <see cref="EntityLayer"/> (required then): person entities count as
    /// names for titles, appositives and bound names even where the tagger missed a proper noun.</param>
    public ActorStage(ActorLexicon lexicon, bool useEntities = false)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _useEntities = useEntities;
        Requires = useEntities
            ? [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer), typeof(EntityLayer)]
            : [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer)];
    }

    public string Name => "actors";
    public IReadOnlyList<Type> Requires { get; }
    public IReadOnlyList<Type> Produces { get; } = [typeof(ActorLayer)];

    public Document Process(Document document) => document.With(Find(document));

    /// <summary>The actor layer for <paramref name="document"/> (pure: the document is not changed).</summary>
    public ActorLayer Find(Document document)
    {
        var view = new TextView(document, _useEntities);
        var date = document.Article.PublicationDate;
        var drafts = new List<Draft>();
        var names = new List<(Draft, int, int)>();
        foreach (var s in view.Sentences.Sentences)
        {
            var matches = LexicalMatcher.Find(_lexicon, view, s.FirstToken, s.EndToken, date);
            drafts.AddRange(MentionBuilder.Build(matches, view, s.FirstToken, s.EndToken, names));
        }
        // A phrase coded "FRO/BIL/SAM" (PETRARCH) names several actors: one mention each, with the same span.
        var final = Coreference.Resolve(view, drafts, names).Where(d => Codes(d.Code).Count > 0).ToList();
        var index = new Dictionary<Draft, int>();
        for (int i = 0, n = 0; i < final.Count; n += Codes(final[i].Code).Count, i++) index[final[i]] = n;
        var b = ImmutableArray.CreateBuilder<ActorMention>(final.Count);
        foreach (var d in final)
        {
            var span = new TextSpan(view.Tokens[d.First].Start, view.Tokens[d.End - 1].End);
            int ant = d.Antecedent is { } a && index.TryGetValue(a, out var ai) ? ai : -1;
            foreach (var code in Codes(d.Code)) b.Add(new ActorMention(d.First, d.End, d.Head, span, code, d.Reason, d.Rule, ant));
        }
        return new ActorLayer(b.ToImmutable());
    }

    private static List<ActorCode> Codes(string? text)
    {
        var list = new List<ActorCode>();
        if (text is null) return list;
        foreach (var part in text.Split('/'))
        {
            if (!ActorCode.TryParse(part, out var c)) return [];
            list.Add(c.Value);
        }
        return list;
    }
}
