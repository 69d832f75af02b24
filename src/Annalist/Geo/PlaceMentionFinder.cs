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
    // Words that some region or town is also called ("North Region" is "North" in GeoNames) but that in English text
    // are almost never that place on their own.
    private static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
        ["centre", "center", "central", "capital", "coast", "midwest", "mainland", "island", "islands", "border",
         "city", "university", "college", "hospital", "station", "home", "church", "union", "victory", "independence",
         "liberty", "progress", "unity", "mission", "eagle", "hope", "march", "may", "june", "july", "april", "august"], StringComparer.Ordinal);
    // Names that contain a country's name but are not in that country ("North America" is not the United States).
    private static readonly FrozenSet<string> Blockers = FrozenSet.ToFrozenSet(
        ["north america", "south america", "central america", "latin america", "middle east", "near east", "far east",
         "southeast asia", "central asia", "south asia", "east asia", "west africa", "east africa", "north africa",
         "southern africa", "central africa", "sub-saharan africa", "pacific northwest", "new england", "deep south"],
        StringComparer.Ordinal);
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
                if (!IsCapitalized(tokens[i].SliceOf(text)) || tokens[i].Of(text) == "The") continue;
                if (BlockerAt(text, tokens, s, i) is int blockEnd) { i = blockEnd - 1; continue; }
                for (int end = Math.Min(s.EndToken, i + MaxTokens); end > i; end--)
                {
                    var last = tokens[end - 1].Of(text);
                    if (!IsCapitalized(last) && !last.Contains('.') && !(end - i > 1 && RegionWords.Contains(last))) continue;
                    var surface = text.AsSpan(tokens[i].Start, tokens[end - 1].End - tokens[i].Start);
                    if (!_gazetteer.HasName(surface)) continue;
                    if (!LooksLikeName(text, tokens, tags, i, end)) continue;
                    if (end - i == 1 && IsGeneric(tokens[i].Of(text))) break;
                    var candidates = _gazetteer.Lookup(surface);
                    if (InsidePerson(entities, i, end)) break;
                    bool country = candidates.Any(c => c.Kind == PlaceKind.Country);
                    if (!country && PartOfLongerName(text, tokens, tags, s, i, end)) break;
                    if (candidates.All(c => c.Kind == PlaceKind.City) && end - i > 1 && NamedThing(text, tokens, tags, s, i, end)) break;
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

    private static int? BlockerAt(string text, TokenLayer tokens, Sentence s, int first)
    {
        for (int end = Math.Min(s.EndToken, first + 3); end > first + 1; end--)
            if (Blockers.Contains(PlaceNames.Key(text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start)))) return end;
        return null;
    }

    private static bool IsGeneric(string word)
    {
        var w = word.ToLowerInvariant();
        return GenericWords.Contains(w) || Directions.Contains(w);
    }

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
            if (Connectors.Contains(w.ToString()) || (i > first && RegionWords.Contains(w.ToString()))) continue;
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
        string Word(int i) => i >= s.FirstToken && i < s.EndToken ? tokens[i].Of(text) : "";
        if (RegionWords.Contains(Word(end))) return false; // "Colorado State", "Washington State": a designator
        if (Proper(end) || (Word(end) == "-" && Proper(end + 1))) return true; // "Los Angeles Times", "Wright-Patterson"
        return first > s.FirstToken && Proper(first - 1) && !Directions.Contains(Word(first - 1).ToLowerInvariant());
    }

    /// <summary>"the White House said": a several-word town name after "the", not modifying a noun, is a building.</summary>
    private static bool NamedThing(string text, TokenLayer tokens, TagLayer? tags, Sentence s, int first, int end) =>
        first > s.FirstToken && tokens[first - 1].Of(text) == "the" &&
        !(end < s.EndToken && tags is not null && tags.Upos[end] == "NOUN");
}
