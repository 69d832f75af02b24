using Annalist.Documents;

namespace Annalist.Text.Evaluation;

/// <summary>
/// Lists where our tokenizer and sentence splitter disagree with the gold words and sentences of a raw-text
/// evaluation: each stretch of text where the gold and system word spans differ, and each sentence boundary only one
/// side has, with a little context.
/// </summary>
public static class RawTextErrors
{
    /// <summary>
    /// Walks the gold and system word spans (both sorted by start) and reports every region where they differ as
    /// <c>token: gold a|b|c  system ab|c</c>. Gold words sharing one span (an unspelled multiword token) count once.
    /// </summary>
    public static void Tokens(string text, IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<TextSpan> system, Action<string> write)
    {
        int g = 0, s = 0;
        while (g < gold.Count || s < system.Count)
        {
            if (g < gold.Count && s < system.Count && gold[g].Start == system[s].Start && gold[g].End == system[s].End)
            {
                g++; s++;
                continue;
            }
            int g0 = g, s0 = s;
            int start = Math.Min(g < gold.Count ? gold[g].Start : int.MaxValue, s < system.Count ? system[s].Start : int.MaxValue);
            int end = start + 1;
            bool grew = true;
            while (grew)
            {
                grew = false;
                while (g < gold.Count && gold[g].Start < end) { end = Math.Max(end, gold[g].End); g++; grew = true; }
                while (s < system.Count && system[s].Start < end) { end = Math.Max(end, system[s].End); s++; grew = true; }
            }
            var goldWords = string.Join("|", Enumerable.Range(g0, g - g0).Select(k => text[gold[k].Start..gold[k].End]));
            var systemWords = string.Join("|", Enumerable.Range(s0, s - s0).Select(k => system[k].Of(text)));
            write($"token: gold {goldWords}  system {systemWords}");
        }
    }

    /// <summary>Reports sentence ends found by only one side as <c>sentence missed|extra: …before ‖ after…</c>.</summary>
    public static void Sentences(string text, IReadOnlySet<(int Start, int End)> gold, IReadOnlySet<(int Start, int End)> system, Action<string> write)
    {
        var goldEnds = gold.Select(s => s.End).ToHashSet();
        var systemEnds = system.Select(s => s.End).ToHashSet();
        foreach (var end in goldEnds.Except(systemEnds).Order()) write($"sentence missed: {Context(text, end)}");
        foreach (var end in systemEnds.Except(goldEnds).Order()) write($"sentence extra: {Context(text, end)}");
    }

    private static string Context(string text, int at)
    {
        int from = Math.Max(0, at - 40), to = Math.Min(text.Length, at + 40);
        return (text[from..at] + " ‖ " + text[at..to]).Replace('\n', '¶');
    }
}
