using Annalist.Documents;
using Annalist.Text.Conllu;
using Annalist.Text.Entities;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;

namespace Annalist.Text.Evaluation;

/// <summary>
/// Scores our tagger, parser and entity tagger against gold data, either on gold tokens (tags, heads and labels
/// predicted; accuracies over all words, punctuation included) or from raw text through our own tokenizer and
/// sentence splitter, aligning words by character span as the CoNLL 2018 evaluation does (scores are F1).
/// LAS compares the universal part of labels, as CoNLL 2018 does.
/// </summary>
public static class SyntaxEvaluator
{
    /// <summary>
    /// Scores on gold tokens. Entities need the parser (their features read the predicted tree);
    /// <paramref name="entityErrors"/> receives each missed and spurious mention; <paramref name="breakdown"/>, if given,
    /// counts each word's attachment by its gold UPOS.
    /// </summary>
    public static SyntaxScores GoldTokens(IReadOnlyList<ConlluSentence> sentences, TaggerModel tagger, ParserModel? parser, EntityModel? entities,
        Action<string>? entityErrors = null, AttachmentBreakdown? breakdown = null)
    {
        if (entities is not null && parser is null) throw new ArgumentException("Entity scores need a parser.", nameof(parser));
        var ts = tagger.CreateSession();
        var ps = parser?.CreateSession();
        var es = entities?.CreateSession();
        int n = 0, u = 0, x = 0, l = 0, ua = 0, la = 0, tp = 0, gold = 0, sys = 0;
        var doc = new List<(EntityInput Input, EntitySpan[] Gold)>();
        void ScoreDocument()
        {
            var predicted = es!.TagDocument(doc.Select(d => d.Input).ToList());
            for (int k = 0; k < doc.Count; k++)
            {
                var (input, goldSpans) = doc[k];
                var found = predicted[k];
                var words = input.Words;
                gold += goldSpans.Length;
                sys += found.Count;
                foreach (var m in found) if (Array.IndexOf(goldSpans, m) >= 0) tp++;
                if (entityErrors is not null) EntityTrainer.ReportErrors(words, goldSpans, found, entityErrors);
            }
            doc.Clear();
        }
        foreach (var s in sentences)
        {
            var words = s.Tokens.Select(t => t.Form).ToArray();
            var cls = new int[words.Length];
            ts.Tag(words, cls);
            var xpos = cls.Select(tagger.XposOf).ToArray();
            var upos = cls.Select(tagger.UposOf).ToArray();
            for (int i = 0; i < words.Length; i++)
            {
                var g = s.Tokens[i];
                n++;
                if (upos[i] == g.Upos) u++;
                if (xpos[i] == g.Xpos) x++;
                if (tagger.Lemma(words[i], xpos[i]) == g.Lemma) l++;
            }
            var heads = new int[words.Length];
            var labels = new int[words.Length];
            if (ps is not null)
            {
                ps.Parse(words, xpos, upos, heads, labels);
                for (int i = 0; i < words.Length; i++)
                {
                    bool head = heads[i] == s.Tokens[i].Head - 1;
                    bool label = ParserTrainer.UniversalPart(parser!.Labels[labels[i]]) == ParserTrainer.UniversalPart(s.Tokens[i].Deprel);
                    breakdown?.Add(s.Tokens[i].Upos, head, label);
                    if (!head) continue;
                    ua++;
                    if (label) la++;
                }
            }
            if (es is not null)
            {
                if (s.StartsDocument && doc.Count > 0) ScoreDocument();
                doc.Add((new EntityInput(words, xpos, upos, heads, labels.Select(l => parser!.Labels[l]).ToArray()), GumEntities.NamedMentions(s)));
            }
        }
        if (doc.Count > 0) ScoreDocument();
        return new SyntaxScores("gold-tokens", n, n, 100, Pct(u, n), Pct(x, n), Pct(l, n),
            ps is null ? double.NaN : Pct(ua, n), ps is null ? double.NaN : Pct(la, n),
            es is null ? double.NaN : Pct(tp, sys), es is null ? double.NaN : Pct(tp, gold), es is null ? double.NaN : SyntaxScores.F(tp, gold, sys));
    }

    /// <summary>
    /// Entity scores on an IOB2/CoNLL file (gold tokens; tags and trees from our models). These files mark names
    /// without determiners or clauses, so the system's mentions are cut to their names first
    /// (<see cref="EntityNames"/>), as the engine's entity layer has them.
    /// </summary>
    public static SyntaxScores EntitiesFromIob(string path, TaggerModel tagger, ParserModel parser, EntityModel entities, Action<string>? errors = null)
    {
        var data = EntityCorpus.Read(path, tagger, parser).ToList();
        var (p, r, f) = EntityTrainer.Evaluate(entities, data, names: true, errors);
        int words = data.Sum(s => s.Words.Length);
        return new SyntaxScores("gold-tokens", words, words, 100, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, p, r, f);
    }

    /// <summary>
    /// Scores from raw text. Sentences are scored as CoNLL 2018 does: F1 of sentences whose character span (first
    /// word's start to last word's end) both sides share. <paramref name="errors"/> receives every stretch of text
    /// where our words differ from the gold words and every sentence boundary only one side has.
    /// </summary>
    public static SyntaxScores RawText(IReadOnlyList<ConlluSentence> sentences, TaggerModel tagger, ParserModel? parser, EntityModel? entities,
        Action<string>? errors = null)
    {
        var taggerStage = new TaggerStage(tagger);
        var parserStage = parser is null ? null : new ParserStage(parser);
        if (entities is not null && parser is null) throw new ArgumentException("Entity scores need a parser.", nameof(parser));
        var entitySession = entities?.CreateSession();
        var textStage = new TextStage();
        int goldSentences = 0, sysSentences = 0, sentencesMatched = 0;
        int goldWords = 0, sysWords = 0, aligned = 0, u = 0, x = 0, l = 0, ua = 0, la = 0, tp = 0, goldEnt = 0, sysEnt = 0;
        foreach (var raw in GoldWords.Documents(sentences))
        {
            var doc = textStage.Process(new Document(new Article(raw.Id, raw.Text)));
            doc = taggerStage.Process(doc);
            if (parserStage is not null) doc = parserStage.Process(doc);

            var tokens = doc.Get<TokenLayer>();
            var tags = doc.Get<TagLayer>();
            var deps = doc.Find<DependencyLayer>();
            sysWords += tokens.Count;
            var bySpan = new Dictionary<(int, int), int>();
            for (int t = 0; t < tokens.Count; t++) bySpan[(tokens[t].Start, tokens[t].End)] = t;
            var goldEntities = new HashSet<(int, int, EntityType)>();
            var goldSentenceSpans = raw.WordSpans.Where(w => w.Length > 0 && w[0].Start >= 0 && w[^1].End >= 0)
                .Select(w => (w[0].Start, w[^1].End)).ToHashSet();
            var sysSentenceSpans = doc.Get<SentenceLayer>().Sentences.Select(x => (x.Span.Start, x.Span.End)).ToHashSet();
            goldSentences += raw.Sentences.Count;
            sysSentences += sysSentenceSpans.Count;
            sentencesMatched += goldSentenceSpans.Count(sysSentenceSpans.Contains);
            if (errors is not null)
            {
                var goldSpans = raw.WordSpans.SelectMany(w => w).Where(w => w.Start >= 0).Distinct().OrderBy(w => w.Start).ThenBy(w => w.End).ToList();
                RawTextErrors.Tokens(raw.Text, goldSpans, tokens.Tokens, errors);
                RawTextErrors.Sentences(raw.Text, goldSentenceSpans, sysSentenceSpans, errors);
            }
            for (int si = 0; si < raw.Sentences.Count; si++)
            {
                var s = raw.Sentences[si];
                var spans = raw.WordSpans[si];
                var system = new int[spans.Length];
                for (int i = 0; i < spans.Length; i++) system[i] = bySpan.TryGetValue(spans[i], out int t) ? t : -1;
                for (int i = 0; i < spans.Length; i++)
                {
                    goldWords++;
                    int t = system[i];
                    if (t < 0) continue;
                    aligned++;
                    var g = s.Tokens[i];
                    if (tags.Upos[t] == g.Upos) u++;
                    if (tags.Xpos[t] == g.Xpos) x++;
                    if (tags.Lemmas[t] == g.Lemma) l++;
                    if (deps is null) continue;
                    int gh = g.Head - 1;
                    bool headOk = gh < 0 ? deps.Heads[t] < 0 : system[gh] >= 0 && deps.Heads[t] == system[gh];
                    if (!headOk) continue;
                    ua++;
                    if (ParserTrainer.UniversalPart(deps.Labels[t]) == ParserTrainer.UniversalPart(g.Deprel)) la++;
                }
                if (entitySession is not null)
                    foreach (var m in GumEntities.NamedMentions(s))
                        if (spans[m.Start].Start >= 0 && spans[m.End - 1].End >= 0)
                            goldEntities.Add((spans[m.Start].Start, spans[m.End - 1].End, m.Type));
            }
            if (entitySession is not null)
            {
                goldEnt += goldEntities.Count;
                foreach (var (sentence, _, _, m) in EntityStage.Mentions(doc, entitySession))
                {
                    sysEnt++;
                    int start = tokens[sentence.FirstToken + m.Start].Start, end = tokens[sentence.FirstToken + m.End - 1].End;
                    if (goldEntities.Contains((start, end, m.Type))) tp++;
                }
            }
        }
        return new SyntaxScores("raw-text", goldWords, sysWords, SyntaxScores.F(aligned, goldWords, sysWords),
            SyntaxScores.F(u, goldWords, sysWords), SyntaxScores.F(x, goldWords, sysWords), SyntaxScores.F(l, goldWords, sysWords),
            Measured(parserStage, SyntaxScores.F(ua, goldWords, sysWords)), Measured(parserStage, SyntaxScores.F(la, goldWords, sysWords)),
            entitySession is null ? double.NaN : Pct(tp, sysEnt), entitySession is null ? double.NaN : Pct(tp, goldEnt),
            entitySession is null ? double.NaN : SyntaxScores.F(tp, goldEnt, sysEnt))
        {
            Sentences = SyntaxScores.F(sentencesMatched, goldSentences, sysSentences),
        };

        static double Measured(object? stage, double value) => stage is null ? double.NaN : value;
    }

    private static double Pct(int a, int b) => SyntaxScores.Percent(a, b);
}
