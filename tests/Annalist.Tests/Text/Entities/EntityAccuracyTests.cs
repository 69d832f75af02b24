using Annalist.Text.Conllu;
using Annalist.Text.Entities;
using Annalist.Text.Evaluation;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Annalist.Tests.Support;
using Annalist.Tests.Text.Tagging;

namespace Annalist.Tests.Text.Entities;

/// <summary>Floors a little under what the committed entity model measures (with the committed tagger and parser).</summary>
public class EntityAccuracyTests
{
    public const double GumF1 = 58.0, UnerF1 = 57.0;

    [SharedDataFact]
    public void Committed_entity_tagger_keeps_its_f1_on_gum_test()
    {
        var test = ConlluReader.ReadFile(SharedData.Path("gum", "en_gum-ud-test.conllu")).ToList();
        var s = SyntaxEvaluator.GoldTokens(test, TaggerModel.Load(ModelFiles.Tagger), ParserModel.Load(ModelFiles.Parser), EntityModel.Load(ModelFiles.Entities));
        Assert.True(s.F1 >= GumF1, $"entity F1 {s.F1:F2}");
    }

    [SharedDataFact]
    public void Committed_entity_tagger_keeps_its_f1_on_uner_ewt_test()
    {
        var path = SharedData.Path("ner", "uner_en_ewt-ud-test.iob2");
        var s = SyntaxEvaluator.EntitiesFromIob(path, TaggerModel.Load(ModelFiles.Tagger), ParserModel.Load(ModelFiles.Parser), EntityModel.Load(ModelFiles.Entities));
        Assert.True(s.F1 >= UnerF1, $"UNER entity F1 {s.F1:F2}");
    }
}
