using System.Collections.Frozen;
using System.Collections.Immutable;
using Annalist.Documents;

namespace Annalist.Geo;

/// <summary>
/// Finds spans that name places: the longest capitalized token run (up to five tokens) that is a gazetteer name, plus
/// location entities the lexicon missed. Context words around a span become hints (designators, "X, Y" containers).
/// </summary>
internal sealed class PlaceMentionFinder
{
    private const int MaxTokens = 5;
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "de", "del", "da", "do", "du", "la", "le", "al", "el", "upon", "on", "-", ",", "'s", "&"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
         "southwestern", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
         "upper", "lower", "rural", "downtown"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> RegionWords = FrozenSet.ToFrozenSet(
        ["state", "province", "governorate", "region", "county", "prefecture", "oblast", "emirate"], StringComparer.OrdinalIgnoreCase);

    private readonly Gazetteer _gazetteer;

    public PlaceMentionFinder(Gazetteer gazetteer) => _gazetteer = gazetteer;

    internal readonly record struct Found(int First, int End, PlaceMentionSource Source, ImmutableArray<GazetteerEntry> Candidates);

    public List<Found> Find(Document doc)
    {
        var text = doc.Text;
        var tokens = doc.Get<TokenLayer>();
        var sentences = doc.Get<SentenceLayer>();
        var tags = doc.Find<TagLayer>();
        var entities = doc.Find<EntityLayer>();
        var found = new List<Found>();
        foreach (var s in sentences.Sentences)
        {
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (!IsCapitalized(tokens[i].SliceOf(text))) continue;
                for (int end = Math.Min(s.EndToken, i + MaxTokens); end > i; end--)
                {
                    if (!IsCapitalized(tokens[end - 1].SliceOf(text)) && !tokens[end - 1].SliceOf(text).Contains('.')) continue;
                    var surface = text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start);
                    if (!_gazetteer.HasName(surface)) continue;
                    if (!LooksLikeName(text, tokens, tags, i, end)) continue;
                    var candidates = _gazetteer.Lookup(surface);
                    if (InsidePerson(entities, i, end)) break;
                    if (candidates.All(c => c.Kind == PlaceKind.City) && PartOfLongerName(text, tokens, tags, s, i, end)) break;
                    found.Add(new Found(i, end, PlaceMentionSource.Lexicon, candidates));
                    i = end - 1;
                    break;
                }
            }
        }
        if (entities is not null)
        {
            foreach (var e in entities.Mentions)
            {
                if (e.Type != EntityType.Location || found.Any(f => f.First < e.EndToken && e.FirstToken < f.End)) continue;
                var candidates = _gazetteer.Lookup(e.Span.SliceOf(text));
                if (!candidates.IsEmpty) found.Add(new Found(e.FirstToken, e.EndToken, PlaceMentionSource.Entity, candidates));
            }
            found.Sort((a, b) => a.First.CompareTo(b.First));
        }
        return found;
    }

    /// <summary>Countries named by demonyms ("Iraqi", "Lebanese"): context only, never a place mention.</summary>
    public IEnumerable<string> DemonymCountries(Document doc)
    {
        var text = doc.Text;
        foreach (var t in doc.Get<TokenLayer>().Tokens)
        {
            var w = t.SliceOf(text);
            if (IsCapitalized(w) && _gazetteer.CountryOfDemonym(w) is { } country) yield return country.Country;
        }
    }

    public static PlaceKind? Designator(Document doc, int first, int end)
    {
        var text = doc.Text;
        var tokens = doc.Get<TokenLayer>();
        string Word(int i) => i >= 0 && i < tokens.Count ? tokens[i].Of(text) : "";
        if (Word(first - 1).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var noun = Word(first - 2);
            if (RegionWords.Contains(noun)) return PlaceKind.Admin1;
            if (noun.Equals("city", StringComparison.OrdinalIgnoreCase) || noun.Equals("town", StringComparison.OrdinalIgnoreCase)) return PlaceKind.City;
        }
        if (RegionWords.Contains(Word(end))) return PlaceKind.Admin1;
        return null;
    }

    public static string? Qualifier(Document doc, int first)
    {
        if (first == 0) return null;
        var word = doc.Get<TokenLayer>()[first - 1].Of(doc.Text).ToLowerInvariant();
        return Directions.Contains(word) ? word : null;
    }

    /// <summary>True when only a comma separates two spans ("Paris, Texas").</summary>
    public static bool CommaBetween(Document doc, int firstEnd, int secondFirst) =>
        secondFirst == firstEnd + 1 && doc.Get<TokenLayer>()[firstEnd].Of(doc.Text) == ",";

    private static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c)) return char.IsUpper(c);
        return false;
    }

    /// <summary>Every word is capitalized or a connector, and the tagger (if any) calls the capitalized words names.</summary>
    private static bool LooksLikeName(string text, TokenLayer tokens, TagLayer? tags, int first, int end)
    {
        bool anyProper = tags is null;
        for (int i = first; i < end; i++)
        {
            var w = tokens[i].SliceOf(text);
            if (Connectors.Contains(w.ToString())) continue;
            if (!IsCapitalized(w)) return false;
            if (tags is not null && tags.Upos[i] == "PROPN") anyProper = true;
        }
        return anyProper;
    }

    private static bool InsidePerson(EntityLayer? entities, int first, int end) =>
        entities is not null && entities.Mentions.Any(e => e.Type == EntityType.Person && e.FirstToken < end && first < e.EndToken);

    /// <summary>"George Washington", "Los Angeles Times": a town name glued to other proper names is something else.</summary>
    private static bool PartOfLongerName(string text, TokenLayer tokens, TagLayer? tags, Sentence s, int first, int end)
    {
        bool Proper(int i) => i >= s.FirstToken && i < s.EndToken && IsCapitalized(tokens[i].SliceOf(text)) &&
                              (tags is null || tags.Upos[i] == "PROPN");
        return Proper(end) || (first > s.FirstToken && Proper(first - 1));
    }
}
