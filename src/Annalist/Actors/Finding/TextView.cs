using Annalist.Documents;

namespace Annalist.Actors.Finding;

/// <summary>Read-only per-token views the finder needs: text, tags, lemmas, heads. Tags may be missing (empty strings).</summary>
internal sealed class TextView
{
    public TextView(Document doc)
    {
        Doc = doc;
        Tokens = doc.Get<TokenLayer>();
        Sentences = doc.Get<SentenceLayer>();
        var tags = doc.Find<TagLayer>();
        var deps = doc.Find<DependencyLayer>();
        int n = Tokens.Count;
        Texts = new string[n];
        Upos = new string[n];
        Xpos = new string[n];
        Lemmas = new string[n];
        Heads = new int[n];
        Labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            Texts[i] = Tokens[i].Of(doc.Text);
            Upos[i] = tags is not null && i < tags.Upos.Length ? tags.Upos[i] : "";
            Xpos[i] = tags is not null && i < tags.Xpos.Length ? tags.Xpos[i] : "";
            Lemmas[i] = tags is not null && i < tags.Lemmas.Length ? tags.Lemmas[i] : Texts[i];
            Heads[i] = deps is not null && i < deps.Heads.Length ? deps.Heads[i] : -1;
            Labels[i] = deps is not null && i < deps.Labels.Length ? deps.Labels[i] : "";
        }
    }

    public Document Doc { get; }
    public TokenLayer Tokens { get; }
    public SentenceLayer Sentences { get; }
    public string[] Texts { get; }
    public string[] Upos { get; }
    public string[] Xpos { get; }
    public string[] Lemmas { get; }
    public int[] Heads { get; }
    public string[] Labels { get; }
    public int Count => Texts.Length;

    public string Lower(int t) => PhraseNormalizer.Word(Texts[t]);

    public bool IsCapitalized(int t) => Texts[t].Length > 0 && char.IsUpper(Texts[t][0]);

    public bool IsProperNoun(int t) => Upos[t] == "PROPN" || Xpos[t] is "NNP" or "NNPS";

    public bool IsPlural(int t) => Xpos[t] is "NNS" or "NNPS" || Upos[t] == "" && Texts[t].EndsWith('s');

    public bool IsPossessiveMarker(int t) => Lower(t) is "'s" or "'" || Xpos[t] == "POS";

    /// <summary>The token in [first, end) whose head lies outside it (the phrase head); the last token if none.</summary>
    public int HeadOf(int first, int end)
    {
        for (int t = end - 1; t >= first; t--)
        {
            int h = Heads[t];
            if (h < first || h >= end) return t;
        }
        return end - 1;
    }
}
