namespace Annalist.Actors;

/// <summary>A word trie for longest-match lookup; a word may match by its form or by its lemma.</summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, List<T>>? StemEnds;
        public List<T>? Ends;
    }

    private readonly Node _root = new();

    public void Add(LexiconPhrase phrase, T value)
    {
        if (phrase.Words.Length == 0) return;
        var node = _root;
        int last = phrase.Words.Length - 1;
        for (int i = 0; i < last; i++) node = Child(node, phrase.Words[i]);
        if (phrase.StemLast)
        {
            node.StemEnds ??= new(StringComparer.Ordinal);
            if (!node.StemEnds.TryGetValue(phrase.Words[last], out var list)) node.StemEnds[phrase.Words[last]] = list = [];
            list.Add(value);
            // The stem also matches the word itself.
        }
        var end = Child(node, phrase.Words[last]);
        (end.Ends ??= []).Add(value);
    }

    private static Node Child(Node node, string word)
    {
        node.Children ??= new(StringComparer.Ordinal);
        if (!node.Children.TryGetValue(word, out var child)) node.Children[word] = child = new Node();
        return child;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>: its length in words and its values, or (0, null).
    /// <paramref name="forms"/> and <paramref name="lemmas"/> are parallel; a lemma may be null.
    /// </summary>
    public (int Length, IReadOnlyList<T>? Values) Longest(IReadOnlyList<string> forms, IReadOnlyList<string?> lemmas, int start, int end)
    {
        int bestLen = 0;
        IReadOnlyList<T>? best = null;
        Walk(_root, start, 0);
        return (bestLen, best);

        void Walk(Node node, int i, int depth)
        {
            if (i >= end) return;
            Step(node, forms[i], i, depth);
            var lemma = lemmas[i];
            if (lemma is not null && lemma != forms[i]) Step(node, lemma, i, depth);
        }

        void Step(Node node, string word, int i, int depth)
        {
            if (node.Children is not null && node.Children.TryGetValue(word, out var child))
            {
                if (child.Ends is not null && depth + 1 > bestLen) { bestLen = depth + 1; best = child.Ends; }
                Walk(child, i + 1, depth + 1);
            }
            if (node.StemEnds is not null && depth + 1 > bestLen)
                for (int k = word.Length - 1; k >= 1; k--)
                    if (node.StemEnds.TryGetValue(word[..k], out var vals)) { bestLen = depth + 1; best = vals; break; }
        }
    }
}
