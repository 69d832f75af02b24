using Annalist.Documents;

namespace Annalist.Formats;

/// <summary>
/// Reads a plain-text article: the whole input is the article text (UTF-8, kept exactly as it is). The date, source
/// and url come from <see cref="ArticleInputOptions"/>; the id is derived from the content.
/// </summary>
public static class TextArticleReader
{
    public static ArticleReadResult Read(ReadOnlySpan<byte> bytes, string location, ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxArticleBytes) return TooLarge(location, bytes.Length, options);
        var text = TextDecoding.Decode(bytes, location, out var problem);
        if (text is null) return ArticleReadResult.Fail(problem!.Id, problem.Location, problem.Message);
        DateOnly? date = null;
        if (options.Date is not null)
        {
            if (!DateText.TryParse(options.Date, out var d, out var reason))
                return ArticleReadResult.Fail(DiagnosticIds.InvalidDate, location, $"--date: {reason}");
            date = d;
        }
        var id = Article.ContentId(text, options.Source, options.Url);
        return ArticleReadResult.Ok(new Article(id, text, date, options.Source, options.Url), location);
    }

    /// <summary>Reads a file, checking its size before loading it so that a huge file is refused, not loaded.</summary>
    public static ArticleReadResult ReadFile(string path, string location, ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > options.MaxArticleBytes) return TooLarge(location, stream.Length, options);
            return ReadStream(stream, location, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ArticleReadResult.Fail(DiagnosticIds.UnreadableFile, location, $"cannot read: {e.Message}");
        }
    }

    /// <summary>Reads a stream of unknown length (stdin), stopping as soon as it passes the size limit.</summary>
    public static ArticleReadResult ReadStream(Stream stream, string location, ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > options.MaxArticleBytes) return TooLarge(location, null, options);
        }
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), location, options);
    }

    internal static ArticleReadResult TooLarge(string location, long? size, ArticleInputOptions options) =>
        ArticleReadResult.Fail(DiagnosticIds.InputTooLarge, location,
            $"{(size is { } s ? $"{s:N0} bytes" : "input")} is over the article size limit of {options.MaxArticleBytes:N0} bytes; "
            + "split it into articles or raise --max-article-bytes");
}
