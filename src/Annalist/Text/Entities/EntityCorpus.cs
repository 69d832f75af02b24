using Annalist.Documents;
using Annalist.Text.Conllu;
using Annalist.Text.Tagging;

namespace Annalist.Text.Entities;

/// <summary>
/// Loads entity training/evaluation data: GUM CoNLL-U (named mentions, see <see cref="GumEntities"/>), UNER
/// <c>.iob2</c> (id, word, IOB2 tag) and CoNLL 2003-style <c>.conll</c> (word, IOB tag; MISC dropped). Tags come
/// from the given tagger so training matches run time.
/// </summary>
public static class EntityCorpus
{
    public static IEnumerable<EntitySentence> Read(string path, TaggerModel tagger)
    {
        var session = tagger.CreateSession();
        foreach (var (words, mentions) in ReadGold(path))
        {
            var cls = new int[words.Length];
            session.Tag(words, cls);
            yield return new EntitySentence(words, cls.Select(tagger.XposOf).ToArray(), cls.Select(tagger.UposOf).ToArray(), mentions);
        }
    }

    public static IEnumerable<(string[] Words, EntitySpan[] Mentions)> ReadGold(string path)
    {
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var s in ConlluReader.ReadFile(path))
                yield return (s.Tokens.Select(t => t.Form).ToArray(), GumEntities.NamedMentions(s));
            yield break;
        }
        bool iob2 = path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase);
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#')) continue;
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0) yield return (words.ToArray(), FromIob(tags));
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
                if (Map(type) is { } et) spans.Add(new EntitySpan(start, i, et));
                start = -1;
            }
            if (begins) { start = i; type = ty; }
        }
        return spans.ToArray();
    }

    private static EntityType? Map(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" or "GPE" => EntityType.Location,
        _ => null,
    };
}
