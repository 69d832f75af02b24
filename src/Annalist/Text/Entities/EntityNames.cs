using Annalist.Documents;

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

    /// <summary>Words that stand before a person's name without being part of it ("President", "Dr.", "Prime Minister").</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "president",
        "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "king", "queen",
        "prince", "princess", "emperor", "pope", "ceo", "chairman", "chairwoman", "chair", "director", "ambassador",
        "commander", "lt", "lieutenant", "col", "colonel", "capt", "captain", "sgt", "sergeant", "adm", "admiral",
        "maj", "major", "officer", "chief", "spokesman", "spokeswoman", "spokesperson", "deputy", "attorney", "coach", "doctor",
        "pastor", "bishop", "cardinal", "rabbi", "imam", "sheikh",
    };

    /// <summary>
    /// The name run of <paramref name="mention"/>: from its first proper word through capitalised words and
    /// connectors. A person's name leaves out the titles before it ("U.S. President George W. Bush" → "George W.
    /// Bush") and stops at "and" ("Bill and Melinda" → "Bill").
    /// </summary>
    /// <param name="personRules">Apply the title and "and" rules to persons (off: the plain proper-name run, as the
    /// entity tagger's document memory and type vote were tuned with).</param>
    public static EntitySpan Name(IReadOnlyList<string> words, IReadOnlyList<string> upos, EntitySpan mention, bool personRules = true)
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
        bool person = personRules && mention.Type == EntityType.Person;
        int end = first + 1;
        while (end < mention.End)
        {
            if (IsProper(words[end], upos[end])) { end++; continue; }
            if (person && words[end] is "and" or "&") break;
            if (end + 1 < mention.End && Connectors.Contains(words[end]) && IsProper(words[end + 1], upos[end + 1])) { end += 2; continue; }
            break;
        }
        if (person)
            for (int i = end - 2; i >= first; i--)
                if (Titles.Contains(words[i].TrimEnd('.')) && IsProper(words[i + 1], upos[i + 1]) && !Titles.Contains(words[i + 1].TrimEnd('.')))
                {
                    first = i + 1;
                    break;
                }
        return new EntitySpan(first, end, mention.Type);
    }

    /// <summary>
    /// The names inside <paramref name="mention"/>: its <see cref="Name"/>, and for a person the names coordinated
    /// with it ("Bill and Melinda Gates" → "Bill", "Melinda Gates").
    /// </summary>
    public static IEnumerable<EntitySpan> Names(IReadOnlyList<string> words, IReadOnlyList<string> upos, EntitySpan mention)
    {
        var name = Name(words, upos, mention);
        yield return name;
        if (mention.Type != EntityType.Person) yield break;
        int end = name.End;
        while (end + 1 < mention.End && words[end] is "and" or "&" or "," && IsProper(words[end + 1], upos[end + 1]))
        {
            name = Name(words, upos, mention with { Start = end + 1 });
            if (name.End <= end) yield break;
            yield return name;
            end = name.End;
        }
    }

    private static bool IsProper(string word, string upos) =>
        upos == "PROPN" || (word.Length > 0 && char.IsUpper(word[0]) && upos is not ("DET" or "PRON" or "ADP" or "CCONJ" or "SCONJ" or "AUX" or "PUNCT"));
}
