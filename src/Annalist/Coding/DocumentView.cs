using System.Collections.Immutable;
using Annalist.Actors;
using Annalist.Documents;

namespace Annalist.Coding;

/// <summary>
/// Read-only indexes over one document's layers that the coder asks for again and again: children of each token,
/// upper-case forms and lemmas, and the actor mention covering each token (the longest one).
/// </summary>
internal sealed class DocumentView
{
    private readonly string[] _baseLabels;

    public DocumentView(Document doc)
    {
        Doc = doc;
        Text = doc.Text;
        Tokens = doc.Get<TokenLayer>();
        Sentences = doc.Get<SentenceLayer>();
        Tags = doc.Get<TagLayer>();
        Deps = doc.Get<DependencyLayer>();
        Mentions = doc.Find<ActorLayer>()?.Mentions ?? [];
        int n = Tokens.Count;
        var children = new List<int>[n];
        for (int i = 0; i < n; i++) children[i] = [];
        for (int i = 0; i < n; i++)
        {
            int h = Deps.Heads[i];
            if (h >= 0 && h < n && h != i) children[h].Add(i);
        }
        Children = [.. children.Select(c => c.ToImmutableArray())];
        Forms = [.. Tokens.Tokens.Select(t => t.Of(Text).ToUpperInvariant())];
        // The coder asks for base labels many times per token: cut each once ("obl:tmod" → "obl").
        _baseLabels = [.. Deps.Labels.Select(l => l.IndexOf(':') is var c and >= 0 ? l[..c] : l)];
        Lemmas = [.. Tags.Lemmas.Select((l, i) => string.IsNullOrEmpty(l) ? Forms[i] : l.ToUpperInvariant())];
        var mentionAt = new int[n];
        Array.Fill(mentionAt, -1);
        for (int m = 0; m < Mentions.Length; m++)
        {
            var am = Mentions[m];
            for (int t = Math.Max(0, am.FirstToken); t < Math.Min(n, am.EndToken); t++)
                if (mentionAt[t] < 0 || Width(Mentions[mentionAt[t]]) < Width(am)) mentionAt[t] = m;
        }
        MentionAt = [.. mentionAt];
        // Mentions with the same tokens: a phrase naming several actors ("[FRO/BIL/SAM]") gives one mention each.
        var bySpan = Enumerable.Range(0, Mentions.Length).GroupBy(m => (Mentions[m].FirstToken, Mentions[m].EndToken))
            .ToDictionary(g => g.Key, g => g.ToImmutableArray());
        Together = [.. Mentions.Select(a => bySpan[(a.FirstToken, a.EndToken)])];
    }

    /// <summary>For each mention, the mentions over exactly the same tokens (itself included).</summary>
    public ImmutableArray<ImmutableArray<int>> Together { get; }

    private static int Width(ActorMention m) => m.EndToken - m.FirstToken;

    public Document Doc { get; }
    public string Text { get; }
    public TokenLayer Tokens { get; }
    public SentenceLayer Sentences { get; }
    public TagLayer Tags { get; }
    public DependencyLayer Deps { get; }
    public ImmutableArray<ActorMention> Mentions { get; }
    public ImmutableArray<ImmutableArray<int>> Children { get; }
    public ImmutableArray<string> Forms { get; }
    public ImmutableArray<string> Lemmas { get; }
    /// <summary>The index of the longest actor mention covering each token, or -1.</summary>
    public ImmutableArray<int> MentionAt { get; }

    public int Head(int t) => Deps.Heads[t];
    public string Label(int t) => Deps.Labels[t];
    /// <summary>The relation without its subtype ("obl:tmod" → "obl").</summary>
    public string BaseLabel(int t) => _baseLabels[t];
    public string Upos(int t) => Tags.Upos[t];
    public string Word(int t) => Tokens[t].Of(Text);

    public IEnumerable<int> ChildrenWith(int t, params string[] labels) =>
        Children[t].Where(c => labels.Contains(Label(c)) || labels.Contains(BaseLabel(c)));

    /// <summary>Tokens of the subtree of <paramref name="t"/>, skipping children whose relation is in <paramref name="stop"/>.</summary>
    public List<int> Subtree(int t, IReadOnlySet<string>? stop = null)
    {
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(t);
        while (stack.Count > 0)
        {
            int x = stack.Pop();
            result.Add(x);
            foreach (var c in Children[x])
                if (stop is null || (!stop.Contains(Label(c)) && !stop.Contains(BaseLabel(c)))) stack.Push(c);
        }
        result.Sort();
        return result;
    }

    public bool IsAncestor(int ancestor, int t)
    {
        for (int x = Head(t), guard = 0; x >= 0 && guard < 200; x = Head(x), guard++)
            if (x == ancestor) return true;
        return false;
    }

    public TextSpan SpanOf(int first, int endExclusive) => new(Tokens[first].Start, Tokens[endExclusive - 1].End);
}
