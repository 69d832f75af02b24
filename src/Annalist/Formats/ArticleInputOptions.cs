namespace Annalist.Formats;

/// <summary>
/// What readers apply to articles that do not say it themselves, and the size limit. <see cref="Date"/> is kept as
/// the user typed it so that an impossible date is reported against each article it would have dated.
/// </summary>
public sealed record ArticleInputOptions(string? Date = null, string? Source = null, string? Url = null, long MaxArticleBytes = ArticleInputOptions.DefaultMaxArticleBytes)
{
    /// <summary>10 MB: far above any news article, far below what would strain memory.</summary>
    public const long DefaultMaxArticleBytes = 10 * 1024 * 1024;

    public static ArticleInputOptions Default { get; } = new();
}
