namespace Annalist.Text.Entities;

/// <summary>
/// The name inside a mention: GUM-style mentions carry determiners, titles in lower case, possessive 's and
/// relative clauses ("the University of Copenhagen", "Rotus, who's a seasoned politician"); the engine's entity
/// layer keeps the proper-name run ("University of Copenhagen", "Rotus") so that later stages look up and mark
/// names only.
/// </summary>
public static class EntityNames
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "&", "de", "du", "des", "la", "le", "del", "da", "von", "van", "der", "den", "al", "bin", "for", "-", ".",
    };

    /// <summary>The name run of <paramref name="mention"/>: from its first proper word through capitalised words and connectors.</summary>
    public static EntitySpan Name(IReadOnlyList<string> words, IReadOnlyList<string> upos, EntitySpan mention)
    {
        int first = -1;
        for (int i = mention.Start; i < mention.End; i++)
            if (IsProper(words[i], upos[i])) { first = i; break; }
        if (first < 0)
        {
            int s = mention.Start;
            while (s < mention.End - 1 && upos[s] is "DET" or "PRON" or "PUNCT") s++;
            return mention with { Start = s };
        }
        int end = first + 1;
        while (end < mention.End)
        {
            if (IsProper(words[end], upos[end])) { end++; continue; }
            if (end + 1 < mention.End && Connectors.Contains(words[end]) && IsProper(words[end + 1], upos[end + 1])) { end += 2; continue; }
            break;
        }
        return new EntitySpan(first, end, mention.Type);
    }

    private static bool IsProper(string word, string upos) =>
        upos == "PROPN" || (word.Length > 0 && char.IsUpper(word[0]) && upos is not ("DET" or "PRON" or "ADP" or "CCONJ" or "SCONJ" or "AUX" or "PUNCT"));
}
