using Annalist.Text.Parsing;

namespace Annalist.Tests.Text.Parsing;

public class ParserStateTests
{
    [Fact]
    public void The_greedy_choice_takes_the_best_scoring_action_of_the_set_and_the_first_on_ties()
    {
        const int all = 1 << ParserState.Shift | 1 << ParserState.Left | 1 << ParserState.Right;
        float[] scores = [1f, 3f, 2f];
        Assert.Equal(ParserState.Left, ParserState.Best(scores, all));
        Assert.Equal(ParserState.Right, ParserState.Best(scores, all & ~(1 << ParserState.Left)));
        Assert.Equal(-1, ParserState.Best(scores, 0));
        Assert.Equal(ParserState.Shift, ParserState.Best([2f, 2f, 2f], all));
        Assert.Equal(ParserState.Left, ParserState.Best([2f, 2f, 2f], 1 << ParserState.Left | 1 << ParserState.Right));
    }

    [Fact]
    public void Only_shift_is_legal_at_the_start_and_only_left_onto_the_root_at_the_end()
    {
        var st = new ParserState();
        st.Reset(2);
        Assert.Equal(1 << ParserState.Shift, st.LegalActions);
        st.Apply(ParserState.Shift, -1);
        st.Apply(ParserState.Shift, -1);
        Assert.Equal(1 << ParserState.Right, st.LegalActions);
        st.Apply(ParserState.Right, 0);
        Assert.Equal(1 << ParserState.Left, st.LegalActions);
    }
}
