using Annalist.Text.Conllu;
using Annalist.Text.Evaluation;
using Annalist.Text.Tagging;
using Annalist.Tests.Support;

namespace Annalist.Tests.Text.Tagging;

/// <summary>Floors a little under what the committed tagger measures on EWT test, so a regression fails CI.</summary>
public class TaggerAccuracyTests
{
    [SharedDataFact]
    public void Committed_tagger_keeps_its_accuracy_on_ewt_test()
    {
        var tagger = TaggerModel.Load(ModelFiles.Tagger);
        var test = ConlluReader.ReadFile(SharedData.Path("ud-ewt", "en_ewt-ud-test.conllu")).ToList();
        var s = SyntaxEvaluator.GoldTokens(test, tagger, null, null);
        Assert.True(s.Upos >= TaggerFloors.Upos, $"UPOS {s.Upos:F2}");
        Assert.True(s.Xpos >= TaggerFloors.Xpos, $"XPOS {s.Xpos:F2}");
        Assert.True(s.Lemma >= TaggerFloors.Lemma, $"lemma {s.Lemma:F2}");
    }
}

internal static class TaggerFloors
{
    public const double Upos = 95.3, Xpos = 94.6, Lemma = 95.7;
}
