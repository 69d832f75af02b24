using Annalist.Documents;
using Annalist.Geo;

namespace Annalist.Tests.Geo;

public class GazetteerTests
{
    private const string Header = "id\tkind\tfeature\tcountry\tadmin1\tcode\tlat\tlon\tpopulation\tname\tnames\tdemonyms\twiki\n";

    [Fact]
    public void Shipped_gazetteer_has_every_country_regions_and_towns()
    {
        var g = GeoData.Gazetteer;
        Assert.True(g.Entries.Count(e => e.Kind == PlaceKind.Country) >= 230);
        Assert.True(g.Entries.Count(e => e.Kind == PlaceKind.Admin1) >= 3500);
        Assert.True(g.Entries.Count(e => e.Kind == PlaceKind.City) >= 45000);
        var iraq = g.Country("IQ")!;
        Assert.Equal(("Iraq", "IRQ"), (iraq.Name, iraq.Code));
        Assert.Equal("Iraq", g.CountryOfDemonym("Iraqi")!.Name);
    }

    [Theory]
    [InlineData("Baghdad", "IQ", 33.34, 44.40)]
    [InlineData("Bombay", "IN", 19.07, 72.88)]       // historical name
    [InlineData("Herat", "AF", 34.34, 62.19)]        // diacritics folded: GeoNames has "Herāt"
    [InlineData("Washington, D.C.", "US", 38.90, -77.04)]
    public void Names_alternates_and_folded_spellings_find_the_place(string name, string country, double lat, double lon)
    {
        var e = GeoData.Gazetteer.Lookup(name).MaxBy(PlaceResolver.Prominence)!;
        Assert.Equal(country, e.Country);
        Assert.Equal(lat, e.Latitude!.Value, 1);
        Assert.Equal(lon, e.Longitude!.Value, 1);
    }

    [Fact]
    public void Place_carries_region_name_and_geonames_id()
    {
        var g = GeoData.Gazetteer;
        var irving = g.Lookup("Irving").Single(e => e.Country == "US" && e.Admin1 == "TX");
        var place = g.ToPlace(irving);
        Assert.Equal(("Irving", "US", "Texas", PlaceKind.City, irving.Id), (place.Name, place.Country, place.Admin1, place.Kind, place.GeonameId));
    }

    [Fact]
    public void Malformed_lines_are_diagnosed_with_their_line_and_skipped()
    {
        var text = "# comment\n" + Header +
                   "1\tcountry\tPCLI\tXA\t\tXAA\t1.5\t2.5\t100\tAland\tOld Aland\tAlandic\t\n" +
                   "2\tplanet\tX\tXA\t\t\t0\t0\t0\tMars\t\t\t\n" +
                   "3\tcity\tPPL\tXA\t01\t\t95\t0\t10\tNorthpole\t\t\t\n" +
                   "4\tcity\tPPL\tXA\n" +
                   "5\tcity\tPPLC\tXA\t01\t\t1\t2\t5000\tAland City\t\t\t\n";
        var diagnostics = new List<Diagnostic>();
        var g = Gazetteer.Read(new StringReader(text), "test.tsv", diagnostics);
        Assert.Equal(2, g.Count);
        Assert.Equal(["test.tsv:4", "test.tsv:5", "test.tsv:6"], diagnostics.Select(d => d.Location));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticIds.LexiconSyntax, d.Id));
        Assert.Equal("Aland", g.Lookup("old aland").Single().Name);
        Assert.Equal("Aland", g.CountryOfDemonym("Alandic")!.Name);
    }
}
