using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

/// <summary>Small made-up parsed sentences for parser tests (heads are 0-based word indices, -1 = root).</summary>
internal static class ToyTrees
{
    public static readonly ParsedSentence[] Sentences =
    [
        new(["the", "dog", "barks"], ["DT", "NN", "VBZ"], ["DET", "NOUN", "VERB"], [1, 2, -1], ["det", "nsubj", "root"]),
        new(["a", "cat", "sleeps", "on", "the", "mat"], ["DT", "NN", "VBZ", "IN", "DT", "NN"], ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"], [1, 2, -1, 5, 5, 2], ["det", "nsubj", "root", "case", "det", "obl"]),
        new(["rebels", "attacked", "the", "town"], ["NNS", "VBD", "DT", "NN"], ["NOUN", "VERB", "DET", "NOUN"], [1, -1, 3, 1], ["nsubj", "root", "det", "obj"]),
        new(["police", "arrested", "two", "men", "in", "the", "capital"], ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN"], ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN"], [1, -1, 3, 1, 6, 6, 1], ["nsubj", "root", "nummod", "obj", "case", "det", "obl"]),
    ];

    /// <summary>Asserts that <paramref name="model"/> gives each sentence exactly its heads and labels.</summary>
    public static void AssertParses(ParserModel model, IEnumerable<ParsedSentence> sentences)
    {
        var session = model.CreateSession();
        foreach (var s in sentences)
        {
            var heads = new int[s.Words.Length];
            var labels = new int[s.Words.Length];
            session.Parse(s.Words, s.Xpos, s.Upos, heads, labels);
            Assert.Equal(s.Heads, heads);
            Assert.Equal(s.Labels, labels.Select(l => model.Labels[l]).ToArray());
        }
    }
}
