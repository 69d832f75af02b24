using Annalist.Documents;
using Annalist.Text.Conllu;

namespace Annalist.Text.Entities;

/// <summary>
/// Reads GUM's coreference annotation (MISC <c>Entity=</c>: "(id-type-..." opens a mention, "id)" closes it) and
/// keeps the named mentions we tag: type person, organization or place, headed by a proper noun (the head is the
/// word whose syntactic head lies outside the mention). Mentions nested in a kept mention are dropped, so the
/// result is flat, as a BILOU tagger produces it.
/// </summary>
public static class GumEntities
{
    public static EntitySpan[] NamedMentions(ConlluSentence s)
    {
        var open = new List<(string Id, string Type, int Start)>();
        var found = new List<EntitySpan>();
        for (int i = 0; i < s.Tokens.Length; i++)
        {
            var value = s.Tokens[i].MiscValue("Entity");
            if (value is null) continue;
            int p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    int end = p + 1;
                    while (end < value.Length && value[end] != '(' && value[end] != ')') end++;
                    var spec = value[(p + 1)..end].Split('-');
                    var id = spec[0];
                    var type = spec.Length > 1 ? spec[1] : "";
                    if (end < value.Length && value[end] == ')')
                    {
                        Add(s, id, type, i, i + 1, found);
                        end++;
                    }
                    else open.Add((id, type, i));
                    p = end;
                }
                else
                {
                    int end = p;
                    while (end < value.Length && value[end] != ')' && value[end] != '(') end++;
                    var id = value[p..end];
                    for (int k = open.Count - 1; k >= 0; k--)
                        if (open[k].Id == id)
                        {
                            Add(s, id, open[k].Type, open[k].Start, i + 1, found);
                            open.RemoveAt(k);
                            break;
                        }
                    p = end < value.Length && value[end] == ')' ? end + 1 : end;
                }
            }
        }
        // Keep the outermost mentions.
        var kept = found
            .Where(m => !found.Any(o => o != m && o.Start <= m.Start && o.End >= m.End && (o.End - o.Start) > (m.End - m.Start)))
            .Distinct()
            .OrderBy(m => m.Start)
            .ToList();
        // Drop any remaining overlap (keep the first).
        var flat = new List<EntitySpan>();
        foreach (var m in kept)
            if (flat.Count == 0 || flat[^1].End <= m.Start) flat.Add(m);
        return flat.ToArray();
    }

    private static void Add(ConlluSentence s, string id, string type, int start, int end, List<EntitySpan> found)
    {
        EntityType? t = type switch
        {
            "person" => EntityType.Person,
            "organization" => EntityType.Organization,
            "place" => EntityType.Location,
            _ => null,
        };
        if (t is null) return;
        int head = -1;
        for (int i = start; i < end; i++)
        {
            int h = s.Tokens[i].Head - 1;
            if (h < start || h >= end) { head = i; break; }
        }
        if (head < 0 || s.Tokens[head].Upos != "PROPN") return;
        found.Add(new EntitySpan(start, end, t.Value));
    }
}
