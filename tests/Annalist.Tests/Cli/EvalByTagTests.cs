using Annalist.Tests.Support;
using Annalist.Text.Evaluation;

namespace Annalist.Tests.Cli;

/// <summary><c>eval parser --by-tag</c>: attachment by gold UPOS, and the combinations it refuses.</summary>
public class EvalByTagTests
{
    private const string Sentence = "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        + "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    [Fact]
    public void The_table_counts_each_gold_tag_and_shares_out_the_head_errors()
    {
        var b = new AttachmentBreakdown();
        b.Add("NOUN", headRight: true, labelRight: true);
        b.Add("NOUN", headRight: true, labelRight: false);
        b.Add("NOUN", headRight: false, labelRight: true); // a right label on a wrong head is no LAS point
        b.Add("PUNCT", headRight: false, labelRight: true);
        var rows = b.Rows();
        Assert.Equal(("NOUN", 3), (rows[0].Upos, rows[0].Words));
        Assert.Equal(200.0 / 3, rows[0].Uas, 6);
        Assert.Equal(100.0 / 3, rows[0].Las, 6);
        Assert.Equal(50.0, rows[0].ShareOfHeadErrors, 6);
        Assert.Equal(("PUNCT", 0.0, 50.0), (rows[1].Upos, rows[1].Uas, rows[1].ShareOfHeadErrors));
    }

    [Fact]
    public void The_command_prints_a_row_per_gold_tag_before_the_scores()
    {
        using var dir = new TempFolder();
        var file = dir.Write("s.conllu", Sentence);
        var (exit, stdout, err) = TestConsole.Run("eval", "parser", "--data", file, "--by-tag");
        Assert.True(exit == 0, err);
        Assert.Contains("PROPN           2", stdout);
        Assert.Contains("PUNCT           1", stdout);
        Assert.True(stdout.IndexOf("PROPN", StringComparison.Ordinal) < stdout.IndexOf("uas", StringComparison.Ordinal), stdout);
    }

    [Theory]
    [InlineData("parser", "--json")]
    [InlineData("parser", "--raw")]
    [InlineData("tagger", null)]
    public void It_is_refused_where_it_cannot_be_printed_or_means_nothing(string what, string? other)
    {
        using var dir = new TempFolder();
        var file = dir.Write("s.conllu", Sentence);
        string[] args = other is null ? ["eval", what, "--data", file, "--by-tag"] : ["eval", what, "--data", file, "--by-tag", other];
        var (exit, stdout, err) = TestConsole.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: --by-tag", err);
        Assert.Equal("", stdout);
    }
}
