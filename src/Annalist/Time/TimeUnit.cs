namespace Annalist.Time;

/// <summary>Calendar units that relative expressions count in.</summary>
public enum TimeUnit { None, Day, Week, Weekend, Month, Year, Decade }
