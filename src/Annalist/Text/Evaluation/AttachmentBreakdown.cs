namespace Annalist.Text.Evaluation;

/// <summary>Attachment scores split by the gold word's UPOS, to see where a parser loses (gold tokens).</summary>
public sealed class AttachmentBreakdown
{
    private readonly Dictionary<string, (int Words, int Heads, int Labels)> _by = new(StringComparer.Ordinal);

    public void Add(string goldUpos, bool headRight, bool labelRight)
    {
        var (w, h, l) = _by.GetValueOrDefault(goldUpos);
        _by[goldUpos] = (w + 1, h + (headRight ? 1 : 0), l + (headRight && labelRight ? 1 : 0));
    }

    /// <summary>One row per UPOS, most words first: words, UAS and LAS in percent, and the share of all head errors.</summary>
    public IReadOnlyList<(string Upos, int Words, double Uas, double Las, double ShareOfHeadErrors)> Rows()
    {
        int errors = _by.Values.Sum(v => v.Words - v.Heads);
        return [.. _by.OrderByDescending(p => p.Value.Words).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value.Words, 100.0 * p.Value.Heads / p.Value.Words, 100.0 * p.Value.Labels / p.Value.Words,
                errors == 0 ? 0 : 100.0 * (p.Value.Words - p.Value.Heads) / errors))];
    }
}
