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

    public ActorStage(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public string Name => "actors";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(TagLayer), typeof(DependencyLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(ActorLayer)];

    public Document Process(Document document) => document.With(Find(document));

    /// <summary>The actor layer for <paramref name="document"/> (pure: the document is not changed).</summary>
    public ActorLayer Find(Document document)
    {
        var view = new TextView(document);
        var date = document.Article.PublicationDate;
        var drafts = new List<Draft>();
        var names = new List<(Draft, int, int)>();
        foreach (var s in view.Sentences.Sentences)
        {
            var matches = LexicalMatcher.Find(_lexicon, view, s.FirstToken, s.EndToken, date);
            drafts.AddRange(MentionBuilder.Build(matches, view, s.FirstToken, s.EndToken, names));
        }
        var final = Coreference.Resolve(view, drafts, names).Where(d => ActorCode.TryParse(d.Code, out _)).ToList();
        var index = new Dictionary<Draft, int>();
        for (int i = 0; i < final.Count; i++) index[final[i]] = i;
        var b = ImmutableArray.CreateBuilder<ActorMention>(final.Count);
        foreach (var d in final)
        {
            if (!ActorCode.TryParse(d.Code, out var code)) continue;
            var span = new TextSpan(view.Tokens[d.First].Start, view.Tokens[d.End - 1].End);
            int ant = d.Antecedent is { } a && index.TryGetValue(a, out var ai) ? ai : -1;
            b.Add(new ActorMention(d.First, d.End, d.Head, span, code.Value, d.Reason, d.Rule, ant));
        }
        return new ActorLayer(b.ToImmutable());
    }
}
