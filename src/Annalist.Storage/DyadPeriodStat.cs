namespace Annalist.Storage;

/// <summary>
/// One cell of a dyad time series. <see cref="PeriodStart"/> is the first day of the bucket; <see cref="Actor"/> and
/// <see cref="Recipient"/> are empty when the event had none. Quad-class counts follow the CAMEO quad classes 1–4.
/// </summary>
public sealed record DyadPeriodStat(
    DateOnly PeriodStart, string Actor, string Recipient, long Events, double GoldsteinSum,
    long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict);
