using Annalist.Documents;

namespace Annalist.Tests.Documents;

public class CameoCodeTests
{
    [Theory]
    [InlineData("190", 19, QuadClass.MaterialConflict, -10.0)]
    [InlineData("062", 6, QuadClass.MaterialCooperation, 7.4)]
    [InlineData("0233", 2, QuadClass.VerbalCooperation, 3.4)]
    [InlineData("112", 11, QuadClass.VerbalConflict, -2.0)]
    public void Known_codes_parse_with_root_quad_class_and_goldstein(string text, int root, QuadClass quad, double goldstein)
    {
        var code = CameoCode.Parse(text);
        Assert.Equal(root, code.Root);
        Assert.Equal(quad, code.QuadClass);
        Assert.Equal(goldstein, code.Goldstein, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("00")]
    [InlineData("19a")]
    [InlineData("01999")]
    [InlineData("0199")]
    public void Invalid_codes_are_rejected(string text) => Assert.False(CameoCode.TryParse(text, out _));

    [Theory]
    [InlineData("USAMIL", "USA", "MIL")]
    [InlineData("IRQLEG", "IRQ", "LEG")]
    [InlineData("IGOUNO", null, "IGO")]
    [InlineData("USA", "USA", null)]
    public void Actor_codes_split_into_country_and_sector(string text, string? country, string? sector)
    {
        var code = ActorCode.Parse(text);
        Assert.Equal(country, code.Country);
        Assert.Equal(sector, code.Sector);
        Assert.Equal(text, code.Code);
    }

    [Fact]
    public void Actor_codes_compare_by_value()
    {
        var a = ActorCode.Parse("IRQGOV");
        var b = ActorCode.Parse("IRQ" + "GOV");
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ActorCode.Parse("IRQMIL"));
        Assert.Single(new HashSet<ActorCode> { a, b });
    }
}
