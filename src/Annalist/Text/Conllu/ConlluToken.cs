namespace Annalist.Text.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (ids are 1-based; <see cref="Head"/> 0 is the root).</summary>
public sealed record ConlluToken(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Misc)
{
    /// <summary>False when MISC carries <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");

    /// <summary>A MISC attribute's value (e.g. "Entity"), or null.</summary>
    public string? MiscValue(string key)
    {
        foreach (var part in Misc.Split('|'))
            if (part.Length > key.Length && part[key.Length] == '=' && part.StartsWith(key, StringComparison.Ordinal))
                return part[(key.Length + 1)..];
        return null;
    }
}
