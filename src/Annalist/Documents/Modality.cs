namespace Annalist.Documents;

/// <summary>Whether an event is asserted as having happened, or something less.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Hypothetical,
    Future,
    Possible,
    Question,
    Denied,
}
