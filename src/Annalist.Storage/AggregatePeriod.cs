namespace Annalist.Storage;

/// <summary>The bucket of a time series. Weeks start on Monday.</summary>
public enum AggregatePeriod { Day, Week, Month }
