using Annalist.Text.Conllu;

namespace Annalist.Tests.Actors;

/// <summary>A gold GUM entity mention: doc token range, entity type, Wikipedia identity (or "") and surface text.</summary>
public sealed record GumEntity(int First, int End, string Type, string Identity, string Text);

/// <summary>Reads GUM's MISC <c>Entity=</c> brackets (GRP-etype-infstat-salience-centering-minspan-link-identity).</summary>
public static class GumEntities
{
    public static List<GumEntity> Read(IReadOnlyList<ConlluSentence> sentences)
    {
        var result = new List<GumEntity>();
        var open = new Dictionary<string, Stack<(string Body, int Start)>>();
        var forms = new List<string>();
        int tok = 0;
        foreach (var s in sentences)
            foreach (var t in s.Tokens)
            {
                forms.Add(t.Form);
                var e = t.MiscValue("Entity");
                if (e is not null) Parse(e, tok);
                tok++;
            }
        return result;

        void Parse(string s, int at)
        {
            int j = 0;
            while (j < s.Length)
            {
                if (s[j] == '(')
                {
                    int k = j + 1;
                    while (k < s.Length && s[k] is not ('(' or ')')) k++;
                    var body = s[(j + 1)..k];
                    var id = body.Split('-')[0];
                    if (k < s.Length && s[k] == ')') { Add(body, at, at); j = k + 1; }
                    else
                    {
                        if (!open.TryGetValue(id, out var st)) open[id] = st = new();
                        st.Push((body, at));
                        j = k;
                    }
                }
                else if (char.IsDigit(s[j]))
                {
                    int k = j;
                    while (k < s.Length && char.IsDigit(s[k])) k++;
                    var id = s[j..k];
                    if (open.TryGetValue(id, out var st) && st.Count > 0)
                    {
                        var (body, start) = st.Pop();
                        Add(body, start, at);
                    }
                    j = k + 1;
                }
                else j++;
            }
        }

        void Add(string body, int start, int last)
        {
            var parts = body.Split('-');
            if (parts.Length < 2) return;
            var identity = parts.Length > 7 ? string.Join('-', parts[7..]) : "";
            result.Add(new GumEntity(start, last + 1, parts[1], identity, string.Join(' ', forms.Skip(start).Take(last + 1 - start))));
        }
    }
}
