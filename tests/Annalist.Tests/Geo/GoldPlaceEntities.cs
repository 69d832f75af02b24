using System.Text.RegularExpressions;
using Annalist.Text.Conllu;

namespace Annalist.Tests.Geo;

/// <summary>
/// Reads GUM's entity annotation (MISC <c>Entity=</c>, fields GRP-etype-infstat-salience-centering-minspan-link-identity)
/// and returns the place entities that carry a Wikipedia identity, over document token indices.
/// </summary>
public static partial class GoldPlaceEntities
{
    public sealed record Entity(int First, int End, string Identity);

    [GeneratedRegex(@"\((\d+)-([^()]+)(\))?|(\d+)\)")]
    private static partial Regex Bracket();

    public static List<Entity> Read(IReadOnlyList<ConlluSentence> sentences)
    {
        var result = new List<Entity>();
        var open = new Dictionary<string, Stack<(int Start, string[] Fields)>>();
        int index = 0;
        foreach (var s in sentences)
            foreach (var t in s.Tokens)
            {
                if (t.MiscValue("Entity") is { } value)
                    foreach (Match m in Bracket().Matches(value))
                    {
                        string group;
                        if (m.Groups[1].Success)
                        {
                            group = m.Groups[1].Value;
                            if (!open.TryGetValue(group, out var stack)) open[group] = stack = new();
                            stack.Push((index, m.Groups[2].Value.Split('-', 7)));
                            if (!m.Groups[3].Success) continue;
                        }
                        else group = m.Groups[4].Value;
                        if (!open.TryGetValue(group, out var st) || st.Count == 0) continue;
                        var (start, fields) = st.Pop();
                        if (fields.Length == 7 && fields[0] == "place")
                            result.Add(new Entity(start, index + 1, Uri.UnescapeDataString(fields[6])));
                    }
                index++;
            }
        return result;
    }
}
