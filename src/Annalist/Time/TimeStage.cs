using System.Collections.Immutable;
using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Time;

/// <summary>
/// Finds and resolves the time expressions of each sentence against the article's publication date. Anchored
/// expressions ("the same day", "two days later") resolve against the last dated, non-subordinate mention before
/// them; "&lt;date&gt;, two days after &lt;clause&gt;" also dates the clause (<see cref="TimeMention.Complement"/>).
/// With no publication date, only explicit dates (and chains anchored on them) resolve; the rest stay unresolved.
/// </summary>
public sealed class TimeStage(TimeRecognizer recognizer) : IPipelineStage
{
    public TimeStage() : this(new TimeRecognizer()) { }

    public string Name => "time";
    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];
    public IReadOnlyList<Type> Produces { get; } = [typeof(TimeLayer)];

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        return document.With(Annotate(document.Text, document.Article.PublicationDate, tokens, sentences));
    }

    /// <summary>The pure part: the time layer of a text split into tokens and sentences.</summary>
    public TimeLayer Annotate(string text, DateOnly? publication, TokenLayer tokens, SentenceLayer sentences)
    {
        var result = ImmutableArray.CreateBuilder<TimeMention>();
        var found = new List<TimeExpression>();
        int anchor = -1;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            found.Clear();
            recognizer.Recognize(text, sentence.Span.Start, sentence.Span.End, found);
            int firstInSentence = result.Count;
            foreach (var e in found)
            {
                var (firstToken, count) = TokensOf(tokens, e.Span, sentence);
                bool subordinate = IsSubordinate(text, sentence.Span.Start, e.Span.Start);
                EventDate date;
                EventDate? complement = null;
                int usedAnchor = -1;
                if (e.Form == TimeExpressionForm.Anchored && e.IntroducesClause)
                {
                    // "on Jan. 5, two days after <clause>": the mention is dated by the date just before it.
                    int prev = result.Count - 1;
                    if (prev >= firstInSentence && result[prev].IsResolved && OnlyPunctuationBetween(text, result[prev].Span.End, e.Span.Start))
                    {
                        usedAnchor = prev;
                        date = result[prev].Date with { Basis = DateBasis.RelativeToEvent };
                        complement = TimeResolver.Complement(e, result[prev].Date);
                    }
                    else date = EventDate.Unresolved;
                }
                else if (e.Form == TimeExpressionForm.Anchored)
                {
                    usedAnchor = anchor;
                    date = TimeResolver.Resolve(e, publication, anchor >= 0 ? result[anchor].Date : null);
                }
                else date = TimeResolver.Resolve(e, publication);
                var mention = new TimeMention(e.Span, firstToken, count, s, e.Kind, date, usedAnchor, complement, subordinate);
                result.Add(mention);
                if (CanAnchor(mention)) anchor = result.Count - 1;
            }
        }
        return new TimeLayer(result.ToImmutable());
    }

    /// <summary>A chain can hang on a dated, day- or week-precise mention that dates its sentence, not a side remark.</summary>
    private static bool CanAnchor(TimeMention m) =>
        m.IsResolved && !m.Subordinate && m.Kind != TimeMentionKind.Duration && m.Date.Precision is DatePrecision.Day or DatePrecision.Week;

    /// <summary>
    /// A mention inside a side remark ("…, including one that killed a contractor on Dec. 27") dates that remark, so a
    /// later "the same day" should not anchor on it. Textual heuristic (<see cref="SideRemarks"/>); EventDatingStage
    /// uses the dependency tree where there is one.
    /// </summary>
    private static bool IsSubordinate(string text, int sentenceStart, int mentionStart) =>
        SideRemarks.RegionAt(text, sentenceStart, mentionStart) >= 0;

    private static bool OnlyPunctuationBetween(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or '—' or '–' or '-' or ';')) return false;
        return true;
    }

    /// <summary>The tokens a span overlaps, searched within its sentence.</summary>
    internal static (int First, int Count) TokensOf(TokenLayer tokens, TextSpan span, Sentence sentence)
    {
        int lo = sentence.FirstToken, hi = sentence.EndToken - 1, first = sentence.EndToken;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End > span.Start) { first = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        int last = first;
        while (last < sentence.EndToken && tokens[last].Start < span.End) last++;
        return (first, Math.Max(0, last - first));
    }
}
