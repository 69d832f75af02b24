using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Tests.Geo;

/// <summary>
/// A dependency layer written by hand over a tokenized document, for the few arcs a test needs (every other token
/// is its own root). Tokens are named by a word inside a phrase that occurs once in the text.
/// </summary>
public sealed class HandTree(Document doc)
{
    private readonly int[] _heads = Enumerable.Repeat(-1, doc.Get<TokenLayer>().Count).ToArray();
    private readonly string[] _labels = Enumerable.Repeat("root", doc.Get<TokenLayer>().Count).ToArray();

    /// <summary>The token of <paramref name="word"/> inside the unique occurrence of <paramref name="phrase"/>.</summary>
    public int Tok(string phrase, string word)
    {
        int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0 || doc.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"\"{phrase}\" must occur exactly once in the text.");
        int offset = at + phrase.IndexOf(word, StringComparison.Ordinal);
        var tokens = doc.Get<TokenLayer>();
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].Start == offset) return i;
        throw new ArgumentException($"No token starts at \"{word}\" in \"{phrase}\".");
    }

    public HandTree Arc(int head, int dependent, string label)
    {
        _heads[dependent] = head;
        _labels[dependent] = label;
        return this;
    }

    public Document Build() => doc.With(new DependencyLayer([.. _heads], [.. _labels]));

    /// <summary>An event over a verb token, with the parts location does not read left empty.</summary>
    public CodedEvent Event(int verb, string cameo)
    {
        var span = doc.Get<TokenLayer>()[verb];
        CameoCode.TryParse(cameo, out var code);
        return new CodedEvent(CodedEvent.MakeId(doc.Article.Id, span, null, null, code!.Value), doc.Article.Id,
            doc.Get<SentenceLayer>().SentenceOfToken(verb), null, null, code.Value,
            new PloverCoding(PloverEventType.Assault, null, ImmutableArray<string>.Empty), EventDate.Unresolved, null,
            Attribution.Reporter, Modality.Asserted, new Evidence(0, null, span, null, "hand"));
    }
}
