using Annalist.Actors.Petrarch;

namespace Annalist.Tests.Actors;

public class PetrarchCodesTests
{
    [Theory]
    [InlineData("GOV", "---GOV")]
    [InlineData("MIL", "---MIL")]
    [InlineData("IRQGOV", "IRQGOV")]
    [InlineData("IGOUNO", "IGOUNO")]
    [InlineData("IMGMOSISI", "IMGMOSISI")]
    [InlineData("USA", "USA")]
    public void Role_without_country_is_written_with_dashes(string code, string expected) =>
        Assert.Equal(expected, PetrarchCodes.Format(Annalist.Documents.ActorCode.Parse(code)));
}
