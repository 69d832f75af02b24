namespace Annalist.Time;

/// <summary>Calendar units that relative expressions count in.</summary>
/// <summary>BusinessDay: Monday to Friday only ("in four business days", "within five working days").</summary>
public enum TimeUnit { None, Day, Week, Weekend, Month, Year, Decade, BusinessDay }
