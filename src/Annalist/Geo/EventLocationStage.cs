using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Geo;

/// <summary>
/// Gives each coded event the place named in its own clause, else none: the article's other places are never smeared
/// over its events. From the event's verb (<see cref="Evidence.VerbSpan"/>) it walks the verb's dependents without
/// crossing into another clause, and takes the nearest place mention marked as a location ("in Iraq", "at the Baghdad
/// airport", "near Mosul"); failing that, a country or region that is the clause's partner or goal ("joint operations
/// with Iraq": country level is all the text says). A participle adjunct ("..., killing the commander") with no place
/// of its own takes its governing verb's. Refines the <see cref="EventLayer"/>.
/// </summary>
public sealed class EventLocationStage : IPipelineStage
{
    private static readonly FrozenSet<string> Locative = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "outside", "inside", "across", "throughout", "around", "into", "within", "over", "on",
         "onto", "along", "nearby", "beyond", "off"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Partner = FrozenSet.ToFrozenSet(
        ["with", "to", "against", "toward", "towards"], StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> ClauseBoundary = FrozenSet.ToFrozenSet(
        ["ccomp", "xcomp", "advcl", "acl", "conj", "parataxis", "csubj", "list", "reparandum", "dislocated", "vocative", "orphan"],
        StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;

    public EventLocationStage(Gazetteer gazetteer) => _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    public string Name => "event-locations";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(EventLayer), typeof(PlaceLayer), typeof(DependencyLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(EventLayer)];

    public Document Process(Document document)
    {
        var events = document.Get<EventLayer>();
        var tree = new Tree(document);
        var located = events.Events.Select(e => e with { Location = Locate(tree, e) is { } m ? _gazetteer.ToPlace(m.Choice) : null });
        return document.With(new EventLayer([.. located]));
    }

    /// <summary>The place mention that locates <paramref name="e"/>, or null.</summary>
    public static PlaceMention? Locate(Document document, CodedEvent e) => Locate(new Tree(document), e);

    private static PlaceMention? Locate(Tree tree, CodedEvent e)
    {
        int verb = tree.VerbToken(e.Evidence.VerbSpan);
        if (verb < 0) return null;
        var own = InClause(tree, verb);
        if (own is not null) return own;
        // "fired missiles at the Baghdad airport, killing the commander": the participle happened where its verb did.
        var label = tree.Labels[verb];
        int head = tree.Heads[verb];
        if (head >= 0 && label.StartsWith("advcl", StringComparison.Ordinal) && tree.IsParticiple(verb)) return InClause(tree, head);
        return null;
    }

    private static PlaceMention? InClause(Tree tree, int verb)
    {
        PlaceMention? best = null;
        int bestRank = int.MaxValue;
        var queue = new Queue<(int Token, int Depth)>();
        queue.Enqueue((verb, 0));
        while (queue.Count > 0)
        {
            var (t, depth) = queue.Dequeue();
            foreach (var child in tree.Children(t))
            {
                var rel = tree.Labels[child];
                var baseRel = rel.Split(':')[0];
                if (ClauseBoundary.Contains(baseRel)) continue;
                queue.Enqueue((child, depth + 1));
                if (tree.Places.AtToken(child) is not { } m || tree.MentionHead(m) != child) continue;
                var marker = tree.CaseMarker(child, verb);
                int priority = marker is not null && Locative.Contains(marker) ? 0
                    : marker is not null && Partner.Contains(marker) && m.Choice.Kind != PlaceKind.City && baseRel is "obl" or "nmod" ? 1
                    : -1;
                if (priority < 0) continue;
                // Nearest first; among equals, the most specific place (a town over its country).
                int rank = priority * 10000 + (depth + 1) * 10 + (2 - (int)m.Choice.Kind);
                if (rank < bestRank) { best = m; bestRank = rank; }
            }
        }
        return best;
    }

    /// <summary>The dependency tree with child lists and the place mentions, for one document.</summary>
    private sealed class Tree
    {
        private readonly List<int>[] _children;
        private readonly Document _doc;

        public Tree(Document doc)
        {
            _doc = doc;
            var deps = doc.Get<DependencyLayer>();
            Heads = deps.Heads;
            Labels = deps.Labels;
            Places = doc.Get<PlaceLayer>();
            _children = new List<int>[Heads.Length];
            for (int i = 0; i < Heads.Length; i++) _children[i] = [];
            for (int i = 0; i < Heads.Length; i++)
                if (Heads[i] >= 0 && Heads[i] < Heads.Length) _children[Heads[i]].Add(i);
        }

        public ImmutableArray<int> Heads { get; }
        public ImmutableArray<string> Labels { get; }
        public PlaceLayer Places { get; }

        public IReadOnlyList<int> Children(int token) => _children[token];

        /// <summary>The token of the verb span that heads the others (a phrasal verb's verb, not its particle).</summary>
        public int VerbToken(TextSpan span)
        {
            var tokens = _doc.Get<TokenLayer>();
            int first = -1;
            for (int i = 0; i < tokens.Count && i < Heads.Length; i++)
            {
                if (!tokens[i].Overlaps(span)) continue;
                if (first < 0) first = i;
                if (Heads[i] < 0 || !tokens[Heads[i]].Overlaps(span)) return i;
            }
            return first;
        }

        /// <summary>The mention's token whose head lies outside it.</summary>
        public int MentionHead(PlaceMention m)
        {
            for (int i = m.FirstToken; i < m.EndToken; i++)
                if (Heads[i] < m.FirstToken || Heads[i] >= m.EndToken) return i;
            return m.EndToken - 1;
        }

        /// <summary>
        /// The preposition that marks <paramref name="token"/>'s phrase: its own case child, else (for "the Baghdad
        /// airport", a modifier inside a noun phrase) the case child of the noun it modifies, up to the verb.
        /// </summary>
        public string? CaseMarker(int token, int verb)
        {
            for (int t = token; t >= 0 && t != verb; t = Heads[t])
            {
                foreach (var c in _children[t])
                    if (Labels[c] == "case") return _doc.Get<TokenLayer>()[c].Of(_doc.Text);
                if (Labels[t].Split(':')[0] is not ("compound" or "flat" or "amod" or "appos")) return null;
            }
            return null;
        }

        public bool IsParticiple(int token)
        {
            if (_doc.Find<TagLayer>() is { } tags && token < tags.Xpos.Length && tags.Xpos[token].Length > 0) return tags.Xpos[token] == "VBG";
            return _doc.Get<TokenLayer>()[token].Of(_doc.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        }
    }
}
