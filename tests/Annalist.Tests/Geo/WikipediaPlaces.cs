namespace Annalist.Tests.Geo;

/// <summary>
/// Facts about the Wikipedia identities that GUM's Wikinews documents give place entities: the country each lies in
/// and, for places a gazetteer holds (countries, regions, towns), the place's name. Facilities, landmarks and
/// fictional places carry only a country (or none), so resolving one of them to a town never counts as the same place.
/// </summary>
public static class WikipediaPlaces
{
    public sealed record Expected(string? Country, string? Name);

    // identity <TAB> country (ISO2, "-" for none) <TAB> name in the gazetteer ("-" when it is not a gazetteer place)
    private const string Table = """
        Adler_Planetarium	US	-
        Afghanistan	AF	Afghanistan
        Alabama	US	Alabama
        Arkham_Asylum	-	-
        Arlington,_Texas	US	Arlington
        Armenia	AM	Armenia
        Australia	AU	Australia
        Batcave	-	-
        Brampton	CA	Brampton
        Brazil	BR	Brazil
        California	US	California
        California_Science_Center	US	-
        Canada	CA	Canada
        Cape_Canaveral	US	Cape Canaveral
        Century_Plaza_Towers	US	-
        Chapel_Hill,_North_Carolina	US	Chapel Hill
        Chiang_Kai-shek_Memorial_Hall	TW	-
        Chiang_Kai-shek_Memorial_Hall_metro_station	TW	-
        Chicago	US	Chicago
        Christchurch	NZ	Christchurch
        Colorado	US	Colorado
        DAR_Constitution_Hall	US	-
        Dallas	US	Dallas
        Dulles_International_Airport	US	-
        Durham,_North_Carolina	US	Durham
        East_Los_Angeles,_California	US	East Los Angeles
        Evanston,_Illinois	US	Evanston
        Evansville,_Indiana	US	Evansville
        Evergreen_Aviation_&_Space_Museum	US	-
        Fisht_Olympic_Stadium	RU	-
        Florida	US	Florida
        Greensboro,_North_Carolina	US	Greensboro
        Herat	AF	Herat
        Houston	US	Houston
        Huntsville,_Alabama	US	Huntsville
        Illinois	US	Illinois
        India	IN	India
        Indiana	US	Indiana
        Intrepid_Sea,_Air_&_Space_Museum	US	-
        Iran	IR	Iran
        Irving,_Texas	US	Irving
        Italy	IT	Italy
        Jamaraat_Bridge	SA	-
        John_Foster_Dulles	-	-
        Johnson_Space_Center	US	-
        Kabul	AF	Kabul
        Kanata,_Ontario	CA	Kanata
        Kennedy_Space_Center	US	-
        Kennedy_Space_Center_Launch_Complex_39A	US	-
        Kennedy_Space_Center_Visitor_Complex	US	-
        Libya	LY	Libya
        Los_Angeles	US	Los Angeles
        Mainland_Australia	AU	-
        Malaysia	MY	Malaysia
        Masjid_al-Haram	SA	-
        Massachusetts	US	Massachusetts
        McMinnville,_Oregon	US	McMinnville
        Mecca	SA	Mecca
        Metro_Toronto_Convention_Centre	CA	-
        Mexico	MX	Mexico
        Mexico_City	MX	Mexico City
        Morocco	MA	Morocco
        Mount_Fisht	RU	-
        Mountain_View,_California	US	Mountain View
        Museum_of_Flight	US	-
        NTU_Hospital_metro_station	TW	-
        National_Air_and_Space_Museum	US	-
        National_Museum_of_the_United_States_Air_Force	US	-
        National_Taiwan_University_Hospital	TW	-
        New_South_Wales	AU	New South Wales
        New_York_(state)	US	New York
        New_York_City	US	New York City
        New_Zealand	NZ	New Zealand
        Nizhny_Novgorod	RU	Nizhniy Novgorod
        Nizhny_Novgorod_Stadium	RU	-
        North_America	-	-
        North_Carolina	US	North Carolina
        Ohio	US	Ohio
        Ontario	CA	Ontario
        Oregon	US	Oregon
        Ottawa	CA	Ottawa
        Pacific_Northwest	-	-
        Poland	PL	Poland
        Queensland	AU	Queensland
        Saratoga_Springs,_New_York	US	Saratoga Springs
        Saudi_Arabia	SA	Saudi Arabia
        Seattle	US	Seattle
        Shandao_Temple	TW	-
        Shandao_Temple_metro_station	TW	-
        Sheffield	GB	Sheffield
        Sochi	RU	Sochi
        South_Australia	AU	South Australia
        Southern_Indiana	US	-
        Steven_F._Udvar-Hazy_Center	US	-
        Sudan	SD	Sudan
        Sydney	AU	Sydney
        Syria	SY	Syria
        Taipei	TW	Taipei
        Taiwan	TW	Taiwan
        Tasmania	AU	Tasmania
        Texas	US	Texas
        The_Factory	US	-
        Toronto	CA	Toronto
        U.S._Space_&_Rocket_Center	US	-
        United_Kingdom	GB	United Kingdom
        United_States	US	United States
        Victoria_(Australia)	AU	Victoria
        Volgograd	RU	Volgograd
        Volgograd_Arena	RU	-
        Washington,_D.C.	US	Washington, D.C.
        Washington_(state)	US	Washington
        Wellington	NZ	Wellington
        Western_Australia	AU	Western Australia
        White_House	US	-
        World	-	-
        Wright-Patterson_Air_Force_Base	US	-
        Yemen	YE	Yemen
        """;

    public static IReadOnlyDictionary<string, Expected> All { get; } = Parse();

    private static Dictionary<string, Expected> Parse()
    {
        var map = new Dictionary<string, Expected>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split('\t');
            map[f[0]] = new Expected(f[1] == "-" ? null : f[1], f[2] == "-" ? null : f[2]);
        }
        return map;
    }
}
