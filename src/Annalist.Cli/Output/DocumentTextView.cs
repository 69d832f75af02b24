using System.Text;
using Annalist.Documents;
using Annalist.Formats;

namespace Annalist.Cli.Output;

/// <summary>
/// The human-readable analyze view: each sentence with its tokens (as <c>token/UPOS</c> once tags exist) and the
/// events coded from it. The full detail of every layer is in <c>--json</c>.
/// </summary>
internal static class DocumentTextView
{
    public static void Write(TextWriter w, Document d)
    {
        var a = d.Article;
        var sentences = d.Find<SentenceLayer>();
        var tokens = d.Find<TokenLayer>();
        var tags = d.Find<TagLayer>();
        var events = d.Find<EventLayer>();
        w.WriteLine($"article {a.Id}  date {EventNames.Of(a.PublicationDate) ?? "-"}  source {a.Source ?? "-"}  "
            + $"{a.Text.Length} chars, {sentences?.Count ?? 0} sentences, {tokens?.Count ?? 0} tokens");
        w.WriteLine("layers: " + string.Join(", ", d.LayerTypes.Select(t => t.Name).Order(StringComparer.Ordinal)));
        if (sentences is null || tokens is null) return;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            w.WriteLine();
            w.WriteLine($"[{i}] {s.Span.Start}-{s.Span.End}  {OneLine(s.Span.Of(a.Text))}");
            var line = new StringBuilder("    ");
            for (int t = s.FirstToken; t < s.EndToken && t < tokens.Count; t++)
            {
                if (t > s.FirstToken) line.Append(" | ");
                line.Append(OneLine(tokens[t].Of(a.Text)));
                if (tags is not null && t < tags.Upos.Length) line.Append('/').Append(tags.Upos[t]);
            }
            w.WriteLine(line.ToString());
            WriteSyntax(w, d, s);
            if (d.Find<Annalist.Time.TimeLayer>() is { } times)
                foreach (var l in Annalist.Time.TimeLayerRenderer.ToLines(a.Text, times, i)) w.WriteLine("    time " + l);
            if (events is null) continue;
            foreach (var e in events.Events.Where(e => e.SentenceIndex == i))
                w.WriteLine($"    event {e.Id}: {e.Actor?.Code.Code ?? "-"} -> {e.Recipient?.Code.Code ?? "-"}  "
                    + $"CAMEO {e.Cameo.Code} / {e.Plover.EventName}{(e.Plover.Mode is null ? "" : "(" + e.Plover.Mode + ")")}  "
                    + $"{EventNames.Of(e.Modality)}  verb \"{e.Evidence.VerbSpan.Of(a.Text)}\"  rule {e.Evidence.Rule}");
        }
        if (d.Find<Annalist.Actors.ActorLayer>() is { } actors)
        {
            w.WriteLine();
            foreach (var l in Annalist.Actors.ActorLayerRenderer.TextLines(d, actors)) w.WriteLine(l);
        }
        if (d.Find<Annalist.Geo.PlaceLayer>() is { } places)
        {
            w.WriteLine();
            w.Write(Annalist.Geo.PlaceLayerRenderer.RenderText(places));
        }
    }

    /// <summary>Lemmas, heads and relations (<c>lemma:relation→head</c>) and the sentence's named entities.</summary>
    private static void WriteSyntax(TextWriter w, Document d, Sentence s)
    {
        var text = d.Text;
        var tokens = d.Get<TokenLayer>();
        if (d.Find<DependencyLayer>() is { } deps && d.Find<TagLayer>() is { } tags)
        {
            var line = new StringBuilder("    deps ");
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (t > s.FirstToken) line.Append("  ");
                int h = deps.Heads[t];
                line.Append(tags.Lemmas[t]).Append(':').Append(deps.Labels[t]).Append('→')
                    .Append(h < 0 ? "ROOT" : OneLine(tokens[h].Of(text)) + "#" + (h - s.FirstToken + 1));
            }
            w.WriteLine(line.ToString());
        }
        if (d.Find<EntityLayer>() is { } entities)
            foreach (var e in entities.Mentions.Where(e => e.FirstToken >= s.FirstToken && e.FirstToken < s.EndToken))
                w.WriteLine($"    entity {e.Type} \"{OneLine(e.Span.Of(text))}\" {e.Span.Start}-{e.Span.End}");
    }

    private static string OneLine(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");
}
