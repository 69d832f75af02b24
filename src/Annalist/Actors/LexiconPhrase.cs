using System.Collections.Immutable;

namespace Annalist.Actors;

/// <summary>
/// A phrase as normalised words (see <see cref="PhraseNormalizer"/>). When <see cref="StemLast"/> is set the last word
/// is a stem that matches any word beginning with it (TABARI/PETRARCH phrases without a trailing underscore).
/// </summary>
public sealed record LexiconPhrase(ImmutableArray<string> Words, bool StemLast = false)
{
    /// <summary>A one-word acronym written in capitals ("WHO", "US"): it only matches a token without lower case.</summary>
    public bool Acronym { get; init; }

    public override string ToString() => string.Join(' ', Words) + (StemLast ? "*" : "");

    public bool Equals(LexiconPhrase? other) =>
        other is not null && StemLast == other.StemLast && Words.AsSpan().SequenceEqual(other.Words.AsSpan());

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var w in Words) h.Add(w);
        h.Add(StemLast);
        return h.ToHashCode();
    }
}
