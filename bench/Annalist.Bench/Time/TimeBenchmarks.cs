using Annalist.Documents;
using Annalist.Text;
using Annalist.Time;
using BenchmarkDotNet.Attributes;

namespace Annalist.Bench.Time;

/// <summary>
/// Time recognition and resolution per sentence (budget: ≤ 0.1 ms, a tenth of the ~1 ms the whole pipeline may
/// spend on a sentence). Two inputs: a paragraph dense with dates, and one with none (the pre-filter's case).
/// Divide the mean by <see cref="SentencesPerCall"/> for the per-sentence figure.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    public const int SentencesPerCall = 4;

    private const string Dated =
        "The American-led coalition suspended its mission on Jan. 5, two days after a drone fired missiles at a convoy. " +
        "The military said there had been repeated attacks in the previous weeks, including one on Dec. 27. " +
        "Parliament voted to expel American forces the same day. " +
        "Iran fired a barrage of missiles at two bases last week, and officials met over the weekend.";

    private const string Undated =
        "Some Iraqi security officials have opposed the idea, saying the troops were needed to help fight the militants. " +
        "Removing the military from the country would take more than a vote in Parliament. " +
        "The government said it would comply with the order of the legislature. " +
        "The Americans were concerned that the outrage could lead to attacks by militias.";

    private readonly TimeStage _stage = new();
    private Document _dated = null!;
    private Document _undated = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new TextStage();
        _dated = text.Process(new Document(new Article("dated", Dated, new DateOnly(2020, 1, 15))));
        _undated = text.Process(new Document(new Article("undated", Undated, new DateOnly(2020, 1, 15))));
    }

    [Benchmark]
    public int DatedParagraph() => _stage.Process(_dated).Get<TimeLayer>().Count;

    [Benchmark]
    public int UndatedParagraph() => _stage.Process(_undated).Get<TimeLayer>().Count;
}
