using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>What writers need besides the event itself: its article and the text of the sentence it came from.</summary>
public sealed record EventContext(Article Article, SentenceLayer? Sentences)
{
    public static EventContext Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new EventContext(document.Article, document.Find<SentenceLayer>());
    }

    public TextSpan? SentenceSpan(int index) =>
        Sentences is { } s && index >= 0 && index < s.Count ? s[index].Span : null;

    public string? SentenceText(int index) => SentenceSpan(index)?.Of(Article.Text);

    /// <summary>The article text under <paramref name="span"/>, or null when the span is missing or out of range.</summary>
    public string? TextOf(TextSpan? span) =>
        span is { } s && s.End <= Article.Text.Length ? s.Of(Article.Text) : null;
}
