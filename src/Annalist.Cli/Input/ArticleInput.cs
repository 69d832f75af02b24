using Annalist.Formats;

namespace Annalist.Cli.Input;

/// <summary>Reads every input in order, lazily: a JSON Lines file is streamed a line at a time.</summary>
internal static class ArticleInput
{
    public static IEnumerable<InputRecord> Read(IReadOnlyList<InputItem> items, ArticleInputOptions options, ICliConsole console)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!item.JsonLines)
            {
                if (item.Path is null)
                {
                    using var stdin = console.OpenStandardInput();
                    yield return new InputRecord(i, TextArticleReader.ReadStream(stdin, item.Display, options));
                }
                else yield return new InputRecord(i, TextArticleReader.ReadFile(item.Path, item.Display, options));
                continue;
            }
            Stream? stream = null;
            ArticleReadResult? failure = null;
            try
            {
                stream = item.Path is null ? console.OpenStandardInput() : File.OpenRead(item.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failure = ArticleReadResult.Fail(Documents.DiagnosticIds.UnreadableFile, item.Display, $"cannot read: {e.Message}");
            }
            if (failure is not null)
            {
                yield return new InputRecord(i, failure);
                continue;
            }
            using (stream)
                foreach (var r in JsonLinesArticleReader.Read(stream!, item.Display, options))
                    yield return new InputRecord(i, r);
        }
    }
}
