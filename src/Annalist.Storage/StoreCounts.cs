namespace Annalist.Storage;

/// <summary>Row counts of a store.</summary>
public readonly record struct StoreCounts(long Articles, long Sentences, long Events, long Clusters, long Mentions);
