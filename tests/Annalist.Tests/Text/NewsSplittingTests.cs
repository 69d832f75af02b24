using Annalist.Tests.Support;
using Annalist.Text;
using Annalist.Text.Conllu;
using Xunit.Abstractions;

namespace Annalist.Tests.Text;

/// <summary>Sentence splitting against real news: the motivating article and the Wikinews gold sentences.</summary>
public class NewsSplittingTests(ITestOutputHelper output)
{
    /// <summary>The motivating article's sentences, by start offset and first words (the text itself stays in ../shared).</summary>
    private static readonly (int Start, string Opening)[] NytSentences =
    [
        (0, "U.S. Military Resumes"), (49, "BAGHDAD —"), (59, "The United States"), (273, "The decision to"), (419, "The government accused"),
        (643, "Two American military"), (837, "They said the"), (1084, "It was unclear"), (1305, "Iraq’s acting prime"),
        (1493, "In a speech"), (1712, "He also noted"), (1871, "He also reminded"), (1970, "Mr. Abdul Mahdi"),
        (2166, "Mr. Pompeo refused,"), (2320, "The State Department"), (2450, "Despite the Iraqi"), (2733, "If the Americans"),
        (2988, "The Islamic State,"), (3180, "Removing the United"), (3269, "According to American"),
        (3487, "The American-led military"), (3836, "The Americans were"), (4026, "The military said"),
        (4200, "“We have therefore"), (4309, "Iraq’s Parliament voted"), (4389, "Iran fired a"),
    ];

    [SharedDataFact]
    public void The_motivating_article_splits_into_exactly_its_sentences()
    {
        var text = File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.Equal(NytSentences.Length, sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(NytSentences[i].Start, sentences[i].Span.Start);
            Assert.StartsWith(NytSentences[i].Opening, sentences[i].Span.Of(text));
            var end = i + 1 < sentences.Length ? NytSentences[i + 1].Start : text.TrimEnd().Length;
            Assert.Equal(text[..end].TrimEnd().Length, sentences[i].Span.End);
        }
    }

    /// <summary>
    /// Rebuilds each Wikinews article as running text (sentences of a paragraph joined by a space, paragraphs by a
    /// line break) and measures the share of gold sentence boundaries the splitter finds.
    /// </summary>
    [SharedDataFact]
    public void Wikinews_gold_sentence_boundaries_are_found()
    {
        int gold = 0, found = 0, inParagraph = 0, inParagraphFound = 0, predicted = 0;
        foreach (var file in Directory.GetFiles(SharedData.Path("news"), "GUM_news_*.conllu").Order())
        {
            var text = new System.Text.StringBuilder();
            var goldEnds = new List<(int End, bool ParagraphEnd)>();
            foreach (var s in ConlluReader.ReadFile(file))
            {
                if (text.Length > 0) text.Append(s.Comments.ContainsKey("newpar") ? "\n" : " ");
                if (goldEnds.Count > 0) goldEnds[^1] = (goldEnds[^1].End, s.Comments.ContainsKey("newpar"));
                text.Append(s.Text);
                goldEnds.Add((text.Length, true));
            }
            var t = text.ToString();
            var ours = SentenceSplitter.Split(t, Tokenizer.Tokenize(t)).Select(s => s.Span.End).ToHashSet();
            predicted += ours.Count - 1;
            foreach (var (end, paragraphEnd) in goldEnds.SkipLast(1))
            {
                gold++;
                bool hit = ours.Contains(end);
                if (hit) found++;
                if (!paragraphEnd) { inParagraph++; if (hit) inParagraphFound++; }
            }
        }
        double recall = 100.0 * found / gold, precision = 100.0 * found / predicted;
        output.WriteLine($"Wikinews sentence boundaries: {found}/{gold} found = {recall:F2} % recall, precision {precision:F2} %; " +
                         $"inside paragraphs {inParagraphFound}/{inParagraph} = {100.0 * inParagraphFound / inParagraph:F2} %");
        Assert.True(recall >= 97.0, $"boundary recall {recall:F2} % < 97 %");
    }
}
