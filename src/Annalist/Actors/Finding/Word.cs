namespace Annalist.Actors.Finding;

/// <summary>A normalised word piece of a token (tokens split at hyphens and possessive 's).</summary>
internal readonly record struct Word(string Form, string? Lemma, int Token, bool Capitalized);
