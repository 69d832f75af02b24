using System.Text;
using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Tests.Support;

namespace Annalist.Tests.Coding;

/// <summary>The article of DOMAIN.md's worked example, coded end to end with the built-in lexicons and models.</summary>
public class MotivatingArticleTests
{
    private static readonly Lazy<(Document Doc, int Unused)> Coded = new(Run);

    /// <summary>The full default engine (as <c>annalist code --modality all</c> runs it).</summary>
    private static (Document, int) Run()
    {
        var data = new DataDirectory(Path.Combine(SharedData.RepoRoot, "data"));
        var text = File.ReadAllText(SharedData.Path("news", "nyt-2020-01-15-us-iraq-joint-operations.txt"));
        var options = new EngineOptions(data) { Modalities = EngineOptions.AllModalities };
        var doc = EngineFactory.Create(options).Run(new Article("nyt-2020-01-15", text, new DateOnly(2020, 1, 15)));
        return (doc, 0);
    }

    [SharedDataFact]
    public void Events_with_attribution_are_pinned_by_a_golden_file()
    {
        var (doc, _) = Coded.Value;
        var sb = new StringBuilder();
        foreach (var e in doc.Get<EventLayer>().Events)
        {
            sb.Append($"s{e.SentenceIndex} {e.Modality.ToString().ToLowerInvariant()} {e.Actor?.Code.Code ?? "-"} -> {e.Recipient?.Code.Code ?? "-"} ");
            sb.Append($"{e.Cameo.Code} {e.Plover.EventName}{(e.Plover.Mode is null ? "" : "/" + e.Plover.Mode)} ");
            sb.Append($"verb=\"{e.Evidence.VerbSpan.Of(doc.Text)}\" actor=\"{e.Actor?.Text}\" recipient=\"{e.Recipient?.Text}\"");
            var a = e.Attribution;
            sb.Append(a.SourceText is null && a.Cue is null ? " according-to=reporter" : $" according-to=\"{a.SourceText}\" code={a.SourceCode?.Code ?? "-"} cue=\"{a.Cue}\" anonymous={a.Anonymous}");
            // The quote's length, not its words: the article's text stays in ../shared.
            if (a.Quote is not null) sb.Append($" quote={a.Quote.Length}ch");
            sb.Append($" date={e.Date.Start:yyyy-MM-dd}..{e.Date.End:yyyy-MM-dd}/{e.Date.Precision}/{e.Date.Basis}");
            sb.Append($" place={e.Location?.Name ?? "-"}/{e.Location?.Country ?? "-"}");
            sb.Append($" rule={e.Evidence.Rule}");
            sb.Append('\n');
        }
        Golden.Verify("coding-motivating-article.txt", sb.ToString());
    }

    [SharedDataTheory]
    [InlineData("If the Americans")]
    [InlineData("If we reach the decision")]
    [InlineData("would take more than a vote")]
    [InlineData("could lead to attacks")]
    [InlineData("could not be reached for comment")]
    [InlineData("would comply with Parliament")]
    public void Speculative_sentences_are_not_coded_as_asserted(string phrase)
    {
        var (doc, _) = Coded.Value;
        int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, phrase);
        var sentences = doc.Get<SentenceLayer>();
        var clause = new TextSpan(at, Math.Min(doc.Text.Length, at + phrase.Length + 60));
        var asserted = doc.Get<EventLayer>().Events.Where(e => e.Modality == Modality.Asserted && clause.Contains(e.Evidence.VerbSpan)).ToList();
        Assert.True(asserted.Count == 0, string.Join("; ", asserted.Select(e => $"{e.Cameo} {e.Evidence.VerbSpan.Of(doc.Text)}")));
    }
    [SharedDataTheory]
    [InlineData("had asked Secretary of State", "asked", "a statement released by his office", "IRQGOV", "according to", false)]
    [InlineData("resumed joint operations", "resumed", "military officials", "USAMIL", "said", true)]
    [InlineData("one that killed an American contractor", "killed", "The military", "USAMIL", "said", false)]
    public void Reported_events_name_who_asserts_them(string phrase, string verb, string source, string code, string cue, bool anonymous)
    {
        var (doc, _) = Coded.Value;
        int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, phrase);
        var where = new TextSpan(at, at + phrase.Length);
        var e = Assert.Single(doc.Get<EventLayer>().Events, e => where.Contains(e.Evidence.VerbSpan) && e.Evidence.VerbSpan.Of(doc.Text) == verb);
        Assert.Equal(source, e.Attribution.SourceText);
        Assert.Equal(code, e.Attribution.SourceCode?.Code);
        Assert.Equal(cue, e.Attribution.Cue);
        Assert.Equal(anonymous, e.Attribution.Anonymous);
    }
}
