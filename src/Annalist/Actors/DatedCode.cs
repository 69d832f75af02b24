namespace Annalist.Actors;

/// <summary>
/// A code that holds between two dates, both inclusive; a missing bound is open. A code with neither bound is a
/// default. <see cref="Code"/> is the raw code text ("IRQGOV"); "---" is the null code: the phrase matches but codes nothing.
/// </summary>
public sealed record DatedCode(string Code, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsDefault => From is null && To is null;
    public bool IsNull => Code == NullCode;

    public bool AppliesOn(DateOnly date) =>
        (From is not { } f || date >= f) && (To is not { } t || date <= t);

    /// <summary>PETRARCH's null code.</summary>
    public const string NullCode = "---";

    public override string ToString() => (From, To) switch
    {
        (null, null) => Code,
        ({ } f, null) => $"{Code} {f:yyyy-MM-dd}..",
        (null, { } t) => $"{Code} ..{t:yyyy-MM-dd}",
        ({ } f, { } t) => $"{Code} {f:yyyy-MM-dd}..{t:yyyy-MM-dd}",
    };
}
