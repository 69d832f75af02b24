using System.Diagnostics.CodeAnalysis;
using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>One record read from an input: an article, or the diagnostic that explains why there is none.</summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(Article? article, Diagnostic? diagnostic)
    {
        Article = article;
        Diagnostic = diagnostic;
    }

    public Article? Article { get; }
    public Diagnostic? Diagnostic { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Diagnostic))]
    public bool Succeeded => Article is not null;

    public static ArticleReadResult Ok(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    public static ArticleReadResult Fail(string id, string location, string message) =>
        new(null, new Diagnostic(id, Severity.Error, location, message));
}
