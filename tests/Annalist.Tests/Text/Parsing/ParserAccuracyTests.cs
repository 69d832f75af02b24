using Annalist.Text.Conllu;
using Annalist.Text.Evaluation;
using Annalist.Text.Parsing;
using Annalist.Text.Tagging;
using Annalist.Tests.Support;
using Annalist.Tests.Text.Tagging;

namespace Annalist.Tests.Text.Parsing;

/// <summary>Floors a little under what the committed models measure, so a regression fails CI.</summary>
public class ParserAccuracyTests
{
    [SharedDataFact]
    public void Committed_parser_keeps_its_scores_on_ewt_test_from_gold_tokens()
    {
        var test = ConlluReader.ReadFile(SharedData.Path("ud-ewt", "en_ewt-ud-test.conllu")).ToList();
        var s = SyntaxEvaluator.GoldTokens(test, TaggerModel.Load(ModelFiles.Tagger), ParserModel.Load(ModelFiles.Parser), null);
        Assert.True(s.Uas >= ParserFloors.Uas, $"UAS {s.Uas:F2}");
        Assert.True(s.Las >= ParserFloors.Las, $"LAS {s.Las:F2}");
    }

    [SharedDataFact]
    public void Committed_parser_keeps_its_scores_on_ewt_test_from_raw_text()
    {
        var test = ConlluReader.ReadFile(SharedData.Path("ud-ewt", "en_ewt-ud-test.conllu")).ToList();
        var s = SyntaxEvaluator.RawText(test, TaggerModel.Load(ModelFiles.Tagger), ParserModel.Load(ModelFiles.Parser), null);
        Assert.True(s.Tokens >= ParserFloors.RawTokens, $"raw words F1 {s.Tokens:F2}");
        Assert.True(s.Sentences >= ParserFloors.RawSentences, $"raw sentences F1 {s.Sentences:F2}");
        Assert.True(s.Las >= ParserFloors.RawLas, $"raw LAS {s.Las:F2}");
    }
}

internal static class ParserFloors
{
    public const double Uas = 85.0, Las = 82.2, RawLas = 80.2, RawTokens = 99.0, RawSentences = 87.0;
}
