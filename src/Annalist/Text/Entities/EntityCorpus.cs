using Annalist.Documents;
using Annalist.Text.Conllu;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>
/// Loads entity training/evaluation data: GUM CoNLL-U (named mentions, see <see cref="GumEntities"/>), UNER
/// <c>.iob2</c> (id, word, IOB2 tag) and CoNLL 2003-style <c>.conll</c> (word, IOB tag; MISC dropped). Tags and
/// dependency trees come from the given tagger and parser so training matches run time.
/// </summary>
public static class EntityCorpus
{
    public static IEnumerable<EntitySentence> Read(string path, TaggerModel tagger, ParserModel parser)
    {
        var analyzer = new Analyzer(tagger, parser);
        foreach (var (words, mentions, doc) in ReadGold(path)) yield return analyzer.Analyze(words, mentions) with { Document = doc };
    }

    /// <summary>
    /// Training data from a CoNLL-U file twice over: once with the file's own tags and trees, once with our
    /// tagger's and parser's (those models saw the file in training, so their output there is better than on new
    /// text; the gold copy, the predicted copy and their mix all teach the tagger not to lean on perfect syntax).
    /// Copies keep their document numbers apart (predicted: +<see cref="PredictedOffset"/>) but of the same parity.
    /// Other files (names only: CoNLL, UNER) are read once, with predicted syntax, and their names widened
    /// (<see cref="WithGumExtents"/>).
    /// </summary>
    public static IEnumerable<EntitySentence> ReadBoth(string path, TaggerModel tagger, ParserModel parser)
    {
        if (!path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase)) return Read(path, tagger, parser).Select(WithGumExtents);
        var gold = new List<EntitySentence>();
        int d = 0;
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (s.StartsDocument) d++;
            gold.Add(new EntitySentence(s.Tokens.Select(t => t.Form).ToArray(), s.Tokens.Select(t => t.Xpos).ToArray(),
                s.Tokens.Select(t => t.Upos).ToArray(), s.Tokens.Select(t => t.Head - 1).ToArray(), s.Tokens.Select(t => t.Deprel).ToArray(),
                GumEntities.NamedMentions(s), d));
        }
        return gold.Concat(Read(path, tagger, parser).Select(s => s with { Document = s.Document + PredictedOffset }));
    }

    public const int PredictedOffset = 1 << 20;

    /// <summary>
    /// Name-level mentions (CoNLL, UNER) widened toward GUM's extents over the predicted tree: the determiners and
    /// adjectives before the name that hang from it ("the Mad Capsule Markets", "the younger John Edleston") and a
    /// possessive 's after it ("Smetana 's").
    /// </summary>
    public static EntitySentence WithGumExtents(EntitySentence s)
    {
        var mentions = new EntitySpan[s.Mentions.Length];
        for (int k = 0; k < mentions.Length; k++)
        {
            var m = s.Mentions[k];
            int start = m.Start, end = m.End, floor = k > 0 ? mentions[k - 1].End : 0, ceiling = k + 1 < mentions.Length ? s.Mentions[k + 1].Start : s.Words.Length;
            bool Inside(int i) => s.Heads[i] >= start && s.Heads[i] < end;
            while (start > floor && Inside(start - 1) && s.Deprels[start - 1] is "det" or "amod") start--;
            if (end < ceiling && Inside(end) && s.Xpos[end] == "POS") end++;
            mentions[k] = m with { Start = start, End = end };
        }
        return s with { Mentions = mentions };
    }

    /// <summary>Tags and parses word sequences into <see cref="EntitySentence"/>s.</summary>
    public sealed class Analyzer(TaggerModel tagger, ParserModel parser)
    {
        private readonly TaggerModel.Session _tags = tagger.CreateSession();
        private readonly ParserModel.Session _parse = parser.CreateSession();

        public EntitySentence Analyze(string[] words, EntitySpan[] mentions)
        {
            var cls = new int[words.Length];
            _tags.Tag(words, cls);
            var xpos = cls.Select(tagger.XposOf).ToArray();
            var upos = cls.Select(tagger.UposOf).ToArray();
            var heads = new int[words.Length];
            var labels = new int[words.Length];
            _parse.Parse(words, xpos, upos, heads, labels);
            return new EntitySentence(words, xpos, upos, heads, labels.Select(l => parser.Labels[l]).ToArray(), mentions);
        }
    }

    /// <summary>Sentences with their gold mentions and a document number (CoNLL-U/IOB2 <c>newdoc</c>, <c>-DOCSTART-</c>).</summary>
    public static IEnumerable<(string[] Words, EntitySpan[] Mentions, int Document)> ReadGold(string path)
    {
        int doc = 0;
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var s in ConlluReader.ReadFile(path))
            {
                if (s.StartsDocument) doc++;
                yield return (s.Tokens.Select(t => t.Form).ToArray(), GumEntities.NamedMentions(s), doc);
            }
            yield break;
        }
        bool iob2 = path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase);
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            var line = raw.TrimEnd('\r');
            bool newDoc = line.StartsWith("# newdoc", StringComparison.Ordinal) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal);
            if (line.StartsWith('#') && !newDoc) continue;
            if (line.Length == 0 || newDoc)
            {
                if (words.Count > 0) yield return (words.ToArray(), FromIob(tags), doc);
                if (newDoc) doc++;
                words.Clear();
                tags.Clear();
                continue;
            }
            var f = iob2 ? line.Split('\t') : line.Split(' ');
            if (iob2 && f.Length >= 3) { words.Add(f[1]); tags.Add(f[2]); }
            else if (!iob2 && f.Length >= 2) { words.Add(f[0]); tags.Add(f[^1]); }
        }
    }

    /// <summary>Spans from IOB1/IOB2 tags; types other than PER, ORG, LOC are ignored.</summary>
    public static EntitySpan[] FromIob(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            var ty = t.Length > 2 ? t[2..] : "";
            bool begins = t.StartsWith("B-", StringComparison.Ordinal) || (t.StartsWith("I-", StringComparison.Ordinal) && (start < 0 || ty != type));
            if (start >= 0 && (t == "O" || begins))
            {
                if (EntityTypeCodes.Parse(type) is { } et) spans.Add(new EntitySpan(start, i, et));
                start = -1;
            }
            if (begins) { start = i; type = ty; }
        }
        return spans.ToArray();
    }
}
