using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Geo;

/// <summary>
/// Finds place mentions and resolves each in two passes: first alone (names that only one place has, country names,
/// "X, Y" pairs, designators), which gives the article's context of countries and regions, together with demonyms;
/// then every mention again in that context. Uses a <see cref="TagLayer"/> and an <see cref="EntityLayer"/> when present
/// (run the tagger and entity tagger first): tags keep common words out (a capitalized run must hold a PROPN), entities
/// add locations the gazetteer names missed and keep names inside person names out. Works on tokens alone.
/// </summary>
public sealed class PlaceStage : IPipelineStage
{
    private readonly PlaceResolver _resolver;
    private readonly PlaceMentionFinder _finder;

    public PlaceStage(Gazetteer gazetteer) : this(new PlaceResolver(gazetteer)) { }

    public PlaceStage(PlaceResolver resolver)
    {
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _finder = new PlaceMentionFinder(resolver.Gazetteer);
    }

    public string Name => "places";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(PlaceLayer)];

    public Document Process(Document document) => document.With(Analyze(document));

    public PlaceLayer Analyze(Document document)
    {
        var found = _finder.Find(document);
        var hints = new PlaceHint[found.Count];
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            var container = k + 1 < found.Count && PlaceMentionFinder.CommaBetween(document, f.End, found[k + 1].First)
                ? found[k + 1].Candidates.Where(c => c.Kind != PlaceKind.City).ToImmutableArray() : default;
            var previous = k > 0 && PlaceMentionFinder.CommaBetween(document, found[k - 1].End, f.First)
                ? found[k - 1].Candidates : default;
            hints[k] = new PlaceHint(PlaceMentionFinder.Designator(document, f.First, f.End), container, previous);
        }

        // Pass 1: what the article says without context.
        var countries = new List<string>(_finder.DemonymCountries(document));
        var regions = new List<string>();
        var own = new (string? Country, string? Region)[found.Count];
        for (int k = 0; k < found.Count; k++)
        {
            var r = _resolver.Resolve(found[k].Candidates, PlaceContext.Empty, hints[k]);
            if (r is null || !Decisive(r)) continue;
            own[k] = (r.Choice.Country, r.Choice.Kind == PlaceKind.Admin1 ? r.Choice.Admin1Key : null);
            countries.Add(r.Choice.Country);
            if (own[k].Region is { } region) regions.Add(region);
        }
        var context = PlaceContext.Of(countries, regions);

        // Pass 2: every mention in that context.
        var tokens = document.Get<TokenLayer>();
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(found.Count);
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            var r = _resolver.Resolve(f.Candidates, context.Without(own[k].Country, own[k].Region), hints[k]);
            if (r is null) continue;
            var span = new TextSpan(tokens[f.First].Start, tokens[f.End - 1].End);
            mentions.Add(new PlaceMention(f.First, f.End, span, span.Of(document.Text), f.Source,
                PlaceMentionFinder.Qualifier(document, f.First), r));
        }
        return new PlaceLayer(mentions.ToImmutable(), context);
    }

    /// <summary>A first-pass resolution that context could not change, so it may serve as context for others.</summary>
    private static bool Decisive(PlaceResolution r) => r.Strategy switch
    {
        ResolutionStrategy.Unambiguous or ResolutionStrategy.Container or ResolutionStrategy.ContainerOfPrevious
            or ResolutionStrategy.Designator => true,
        ResolutionStrategy.CountryName => r.Candidates.Count(c => c.Kind == PlaceKind.Country) == 1,
        // Far more prominent than any namesake (a hundredfold and more): "Texas", "Paris", "Baghdad".
        ResolutionStrategy.Prominence => PlaceResolver.Prominence(r.Choice) - r.Candidates.Where(c => c != r.Choice).Max(PlaceResolver.Prominence) >= 2.0,
        _ => false,
    };
}
