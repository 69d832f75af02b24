using System.Security.Cryptography;
using System.Text;

namespace Annalist.Documents;

/// <summary>One news article as it arrived. Immutable; every later structure points into <see cref="Text"/>.</summary>
public sealed record Article
{
    public Article(string id, string text, DateOnly? publicationDate = null, string? source = null, string? url = null, string? title = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        PublicationDate = publicationDate;
        Source = source;
        Url = url;
        Title = title;
    }

    public string Id { get; }
    public string Text { get; }
    public DateOnly? PublicationDate { get; }
    public string? Source { get; }
    public string? Url { get; }
    public string? Title { get; }

    /// <summary>A deterministic id from the content, so re-ingesting the same article yields the same id.</summary>
    public static string ContentId(string text, string? source = null, string? url = null)
    {
        var bytes = Encoding.UTF8.GetBytes($"{source}\u0001{url}\u0001{text}");
        return "a" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 10));
    }
}
