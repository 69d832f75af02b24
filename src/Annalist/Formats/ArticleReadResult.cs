using System.Diagnostics.CodeAnalysis;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>One record read from an input: an article, or the diagnostic that explains why there is none.</summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(string location, Article? article, Diagnostic? diagnostic)
    {
        Location = location;
        Article = article;
        Diagnostic = diagnostic;
    }

    /// <summary>Where the record came from: a file, <c>file:line</c> for JSON Lines, or <c>&lt;stdin&gt;</c>.</summary>
    public string Location { get; }

    public Article? Article { get; }
    public Diagnostic? Diagnostic { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Diagnostic))]
    public bool Succeeded => Article is not null;

    public static ArticleReadResult Ok(Article article, string location) => new(location, article ?? throw new ArgumentNullException(nameof(article)), null);

    public static ArticleReadResult Fail(string id, string location, string message) =>
        new(location, null, new Diagnostic(id, Severity.Error, location, message));
}
