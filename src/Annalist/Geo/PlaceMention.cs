using Annalist.Documents;

namespace Annalist.Geo;

public enum PlaceMentionSource { Lexicon, Entity }

/// <summary>
/// A place named in the text, over tokens <c>[FirstToken, EndToken)</c>, with its resolution. <see cref="Qualifier"/>
/// keeps a direction word before it ("northern" in "northern Iraq"); the place is still the whole country.
/// </summary>
public sealed record PlaceMention(
    int FirstToken,
    int EndToken,
    TextSpan Span,
    string Text,
    PlaceMentionSource Source,
    string? Qualifier,
    PlaceResolution Resolution)
{
    public GazetteerEntry Choice => Resolution.Choice;
}
