namespace Annalist.Storage.Export;

/// <summary>What a chart plots per dyad and period.</summary>
public enum StatsMetric { Events, Goldstein }
