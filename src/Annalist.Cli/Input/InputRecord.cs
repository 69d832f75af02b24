using Annalist.Formats;

namespace Annalist.Cli.Input;

/// <summary>A read result tagged with the index of the input it came from (for progress).</summary>
internal sealed record InputRecord(int ItemIndex, ArticleReadResult Result);
