namespace Annalist.Coding.Validation;

/// <summary>One gold event of a validation record: source and target actor codes and the event code.</summary>
public sealed record ExpectedEvent(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}
