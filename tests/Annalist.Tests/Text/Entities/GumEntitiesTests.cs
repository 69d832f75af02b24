using Annalist.Documents;
using Annalist.Text.Conllu;
using Annalist.Text.Entities;

namespace Annalist.Tests.Text.Entities;

public class GumEntitiesTests
{
    // A made-up sentence in GUM's annotation style: "The mayor of Springfield met Ann Smith ."
    private const string Sample =
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-sgl\n" +
        "2\tmayor\tmayor\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n" +
        "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n" +
        "4\tSpringfield\tSpringfield\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-x-cf2-1-sgl)1)\n" +
        "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "6\tAnn\tAnn\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=(3-person-new-x-cf3-1-sgl\n" +
        "7\tSmith\tSmith\tPROPN\tNNP\t_\t6\tflat\t_\tEntity=3)\n" +
        "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";

    [Fact]
    public void Keeps_named_person_organization_and_place_mentions()
    {
        var s = ConlluReader.Read(new StringReader(Sample)).Single();
        var spans = GumEntities.NamedMentions(s);
        // "The mayor of Springfield" is headed by a common noun, so only the place inside it and the person count.
        Assert.Equal([new EntitySpan(3, 4, EntityType.Location), new EntitySpan(5, 7, EntityType.Person)], spans);
    }
}
