using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Cli.Processing;

/// <summary>The outcome for one input record: a processed document and its events, or the diagnostic that stopped it.</summary>
internal sealed record ProcessedArticle(int ItemIndex, string Location, Document? Document, ImmutableArray<CodedEvent> Events, Diagnostic? Failure);
